# expect-min: 3.0
# expect: none
import unittest

from lib.textutils import strip_accents


class AccentTest(unittest.TestCase):
    CASES = [("caf\u00e9", "cafe"), ("na\u00efve", "naive"), ("plain", "plain")]

    def test_cases(self):
        for given, expected in self.CASES:
            self.assertEqual(strip_accents(given), expected, given)

    def test_empty(self):
        self.assertEqual(strip_accents(""), "")
