# expect-min: 3.11
# expect: PY201 sys.get_int_max_str_digits
import sys


def big_power_text(base, exp):
    limit = sys.get_int_max_str_digits()
    value = base ** exp
    if limit and len(str(base)) * exp > limit:
        sys.set_int_max_str_digits(0)
    return str(value)


def digits(n):
    return len(str(abs(n)))
