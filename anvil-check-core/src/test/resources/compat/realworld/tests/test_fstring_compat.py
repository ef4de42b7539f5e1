# expect-min: 3.6
# expect: PY101 f-strings
import unittest


def label(user):
    return f"{user['first']} {user['last']}"


class LabelTest(unittest.TestCase):
    def test_label(self):
        self.assertEqual(label({"first": "Ada", "last": "Lovelace"}), "Ada Lovelace")

    def test_join(self):
        names = ["a", "b"]
        sep = ", "
        self.assertEqual(f"{sep.join(names)}", "a, b")
