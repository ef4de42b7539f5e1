# expect-min: 3.0
# expect: none
import re


def looks_like_id(text):
    return re.match("\d+-\w+", text) is not None


def is_one(x):
    return x is 1


def check(x):
    assert (x, "x must be set")
    return x
