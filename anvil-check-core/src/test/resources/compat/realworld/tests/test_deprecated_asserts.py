# expect-min: 3.0
# expect: none
import re
import unittest


class LegacyAssertsTest(unittest.TestCase):
    def test_equals(self):
        self.assertEqual(1 + 1, 2)
        self.assertTrue(isinstance("x", str))

    def test_regex(self):
        self.assertTrue(re.search(r"\d+", "abc123"))

    def test_items(self):
        self.assertEqual(sorted([1, 2, 3]), sorted([3, 2, 1]))
