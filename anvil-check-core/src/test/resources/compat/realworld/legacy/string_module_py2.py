# expect-min: 2.7
# expect-max: 2.7
# expect: PY002 print-statement
import string


def caesar(text, shift):
    lower = string.ascii_lowercase
    table = string.maketrans(lower, lower[shift:] + lower[:shift])
    return text.translate(table)


print caesar("hello", 3)
