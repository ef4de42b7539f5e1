# expect-min: 3.3
# expect: PY201 inspect.signature
import inspect
import unittest


def f(a, b=1, *args, c, **kw):
    return a


class SignatureTest(unittest.TestCase):
    def test_params(self):
        sig = inspect.signature(f)
        self.assertEqual(list(sig.parameters), ["a", "b", "args", "c", "kw"])
        self.assertIs(sig.parameters["c"].kind, inspect.Parameter.KEYWORD_ONLY)
