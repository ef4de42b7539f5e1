# expect-min: 3.0
# expect-max: 3.12
# expect: PY302 unittest.makeSuite
import unittest


class SmokeTest(unittest.TestCase):
    def test_ok(self):
        self.assertTrue(True)


def suite():
    s = unittest.TestSuite()
    s.addTest(unittest.makeSuite(SmokeTest))
    return s


if __name__ == "__main__":
    unittest.TextTestRunner(verbosity=2).run(suite())
