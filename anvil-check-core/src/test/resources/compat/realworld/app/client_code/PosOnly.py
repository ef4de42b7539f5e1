# expect-min: 3.8
# expect: PY101 positional-only-parameters
# expect: PY401 positional-only-parameters
def clamp(value, lo, hi, /):
    return max(lo, min(hi, value))


def percent(part, whole, /, digits=1):
    if not whole:
        return "0%"
    return "{:.{}f}%".format(100.0 * part / whole, digits)
