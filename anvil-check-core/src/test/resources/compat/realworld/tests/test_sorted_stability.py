# expect-min: 3.0
# expect: none
import operator
import unittest

ROWS = [
    {"name": "b", "age": 30},
    {"name": "a", "age": 30},
    {"name": "c", "age": 25},
]


class SortTest(unittest.TestCase):
    def test_stable(self):
        by_age = sorted(ROWS, key=operator.itemgetter("age"))
        self.assertEqual([r["name"] for r in by_age], ["c", "b", "a"])

    def test_multi(self):
        rows = sorted(ROWS, key=lambda r: (r["age"], r["name"]))
        self.assertEqual([r["name"] for r in rows], ["c", "a", "b"])
