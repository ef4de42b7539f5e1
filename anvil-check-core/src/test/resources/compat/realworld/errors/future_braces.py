# expect-min: 3.0
# expect: PY001 syntax-error
from __future__ import braces


def f():
    return 1


def g():
    return 2


VALUE = f() + g()
