# expect-min: 3.6
# expect: PY201 secrets
import secrets
import unittest


def check_token(given, expected):
    return secrets.compare_digest(given.encode(), expected.encode())


class TokenTest(unittest.TestCase):
    def test_equal(self):
        self.assertTrue(check_token("abc", "abc"))

    def test_differs(self):
        self.assertFalse(check_token("abc", "abd"))
