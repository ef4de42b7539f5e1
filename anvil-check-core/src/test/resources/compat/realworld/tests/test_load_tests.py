# expect-min: 3.0
# expect: none
import unittest


class SmokeTest(unittest.TestCase):
    def test_ok(self):
        self.assertIn("a", "abc")


def suite():
    loader = unittest.TestLoader()
    return loader.loadTestsFromTestCase(SmokeTest)


if __name__ == "__main__":
    unittest.TextTestRunner(verbosity=2).run(suite())
