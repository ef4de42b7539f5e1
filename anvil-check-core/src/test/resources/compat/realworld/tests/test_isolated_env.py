# expect-min: 3.0
# expect: none
import os
import unittest
from unittest import TestCase


class EnvTest(TestCase):
    def setUp(self):
        self._saved = dict(os.environ)

    def tearDown(self):
        os.environ.clear()
        os.environ.update(self._saved)

    def test_override(self):
        os.environ["APP_MODE"] = "test"
        self.assertEqual(os.environ.get("APP_MODE"), "test")


if __name__ == "__main__":
    unittest.main()
