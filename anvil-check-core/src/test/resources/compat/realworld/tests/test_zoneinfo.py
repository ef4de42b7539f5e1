# expect-min: 3.9
# expect: PY201 zoneinfo
import unittest
from datetime import datetime
from zoneinfo import ZoneInfo


class ZoneTest(unittest.TestCase):
    def test_dst(self):
        summer = datetime(2024, 7, 1, 12, tzinfo=ZoneInfo("Europe/London"))
        winter = datetime(2024, 1, 1, 12, tzinfo=ZoneInfo("Europe/London"))
        self.assertEqual(summer.utcoffset().total_seconds(), 3600)
        self.assertEqual(winter.utcoffset().total_seconds(), 0)
