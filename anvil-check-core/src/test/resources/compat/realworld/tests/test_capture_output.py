# expect-min: 3.4
# expect: PY201 contextlib.redirect_stdout
import io
import unittest
from contextlib import redirect_stdout


def greet(name):
    print("hello, " + name)


class GreetTest(unittest.TestCase):
    def test_prints(self):
        buf = io.StringIO()
        with redirect_stdout(buf):
            greet("ada")
        self.assertEqual(buf.getvalue(), "hello, ada\n")
