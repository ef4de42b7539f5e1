# expect-min: 3.0
# expect: none
import unittest

try:
    from unittest import mock
except ImportError:
    import mock


class ClockTest(unittest.TestCase):
    def test_patch_time(self):
        with mock.patch("time.time", return_value=1000.0):
            import time
            self.assertEqual(time.time(), 1000.0)

    def test_magic(self):
        m = mock.MagicMock()
        m.method(1, 2)
        m.method.assert_called_with(1, 2)
