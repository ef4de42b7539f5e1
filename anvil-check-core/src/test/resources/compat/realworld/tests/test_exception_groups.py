# expect-min: 3.11
# expect: PY101 except-star
# expect: PY201 ExceptionGroup
import unittest


def fail_many():
    raise ExceptionGroup("many", [KeyError("a"), ValueError("b")])


class GroupTest(unittest.TestCase):
    def test_split(self):
        caught = []
        try:
            fail_many()
        except* KeyError as eg:
            caught.append(("key", len(eg.exceptions)))
        except* ValueError as eg:
            caught.append(("value", len(eg.exceptions)))
        self.assertEqual(caught, [("key", 1), ("value", 1)])
