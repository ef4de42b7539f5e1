# expect-min: 3.0
# expect: none
import unittest

from lib.textutils import normalize_space, truncate, title_case


class TextUtilsTest(unittest.TestCase):
    def test_normalize(self):
        self.assertEqual(normalize_space("  a \t b\n"), "a b")

    def test_truncate(self):
        self.assertEqual(truncate("hello world", 8), "hello...")
        self.assertEqual(truncate("short", 10), "short")

    def test_title(self):
        self.assertEqual(title_case("the lord of the rings"), "The Lord of the Rings")


if __name__ == "__main__":
    unittest.main()
