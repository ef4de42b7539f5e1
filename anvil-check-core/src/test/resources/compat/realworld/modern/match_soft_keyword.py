# expect-min: 3.6
# expect: PY101 f-strings
import re


def match(pattern, text):
    m = re.match(pattern, text)
    return m.group(0) if m else None


case = "upper"
match = match
_ = f"{case}"


def type(value):
    return value.__class__.__name__
