# expect-min: 2.7
# expect-max: 2.7
# expect: PY002 ur-string-prefix
import re

PATTERN = re.compile(ur"\bcaf\u00e9\b", re.UNICODE)


def to_text(value, encoding="utf-8"):
    if isinstance(value, unicode):
        return value
    return value.decode(encoding)


def count_cafes(text):
    return len(PATTERN.findall(to_text(text)))
