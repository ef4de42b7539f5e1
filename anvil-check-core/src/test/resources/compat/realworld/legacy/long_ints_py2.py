# expect-min: 2.7
# expect-max: 2.7
# expect: PY002 long-integer-suffix
MAX_SIZE = 4294967296L
KB = 1024L


def human(n):
    n = long(n)
    for unit in ("B", "KB", "MB", "GB"):
        if n < KB:
            return "%d%s" % (n, unit)
        n //= KB
    return "%dTB" % n


def fits(n):
    return 0 <= n < MAX_SIZE
