# expect-min: 3.8
# expect: PY201 statistics.NormalDist
import statistics
import unittest


class StatsTest(unittest.TestCase):
    def test_normal(self):
        nd = statistics.NormalDist(mu=100, sigma=15)
        self.assertAlmostEqual(nd.cdf(100), 0.5)

    def test_mode(self):
        self.assertEqual(statistics.multimode("aabbc"), ["a", "b"])

    def test_median(self):
        self.assertEqual(statistics.median([3, 1, 2]), 2)
