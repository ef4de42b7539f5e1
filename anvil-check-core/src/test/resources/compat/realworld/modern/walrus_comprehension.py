# expect-min: 3.8
# expect: PY101 walrus
import re

PATTERN = re.compile(r"(\d+)-(\d+)")


def ranges(lines):
    return [(int(m.group(1)), int(m.group(2))) for line in lines if (m := PATTERN.search(line))]


def first_long(words, n=8):
    if any(len(found := w) > n for w in words):
        return found
    return None
