# expect-min: 3.4
# expect: PY201 enum
import enum
import unittest


class Colour(enum.Enum):
    RED = 1
    GREEN = 2


class EnumTest(unittest.TestCase):
    def test_lookup(self):
        self.assertIs(Colour(1), Colour.RED)
        self.assertIs(Colour["GREEN"], Colour.GREEN)

    def test_members(self):
        self.assertEqual([c.name for c in Colour], ["RED", "GREEN"])
