# expect-min: 3.7
# expect: PY201 dataclasses
import unittest
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Version:
    major: int
    minor: int = 0

    def bump(self):
        return replace(self, minor=self.minor + 1)


class VersionTest(unittest.TestCase):
    def test_bump(self):
        self.assertEqual(Version(3, 7).bump(), Version(3, 8))

    def test_frozen(self):
        v = Version(1)
        with self.assertRaises(Exception):
            v.major = 2
