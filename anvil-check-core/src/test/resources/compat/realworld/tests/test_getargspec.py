# expect-min: 3.0
# expect-max: 3.10
# expect: PY302 inspect.getargspec
import inspect
import unittest


def f(a, b=1, *args, **kw):
    return a


class SpecTest(unittest.TestCase):
    def test_args(self):
        spec = inspect.getargspec(f)
        self.assertEqual(spec.args, ["a", "b"])
        self.assertEqual(spec.defaults, (1,))
