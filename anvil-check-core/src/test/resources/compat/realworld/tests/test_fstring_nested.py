# expect-min: 3.12
# expect: PY101 fstring-pep701
import unittest


def label(user):
    return f"{user["first"]} {user["last"]}"


class LabelTest(unittest.TestCase):
    def test_label(self):
        self.assertEqual(label({"first": "Ada", "last": "Lovelace"}), "Ada Lovelace")

    def test_join(self):
        names = ["a", "b"]
        self.assertEqual(f"{", ".join(names)}", "a, b")
