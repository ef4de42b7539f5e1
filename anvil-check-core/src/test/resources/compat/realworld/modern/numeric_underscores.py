# expect-min: 3.6
# expect: PY101 numeric-underscores
MAX_UPLOAD = 25_000_000
TIMEOUT_MS = 1_500
MASK = 0xFFFF_0000


def too_big(size):
    return size > MAX_UPLOAD


def fmt_bytes(n):
    return "{:_}".format(n)
