# expect-min: 3.10
# expect: PY101 match-statement
import unittest


def parse(cmd):
    match cmd.split():
        case ["go", direction]:
            return ("move", direction)
        case ["pick", "up", *items]:
            return ("take", items)
        case ["quit" | "exit"]:
            return ("quit",)
        case _:
            return ("unknown", cmd)


class ParseTest(unittest.TestCase):
    def test_go(self):
        self.assertEqual(parse("go north"), ("move", "north"))

    def test_pick(self):
        self.assertEqual(parse("pick up key lamp"), ("take", ["key", "lamp"]))

    def test_quit(self):
        self.assertEqual(parse("exit"), ("quit",))
