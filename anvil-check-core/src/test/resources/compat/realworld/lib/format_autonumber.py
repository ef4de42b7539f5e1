# expect-min: 3.1
# (automatic field numbering "{}" and the "," thousands separator in str.format are 3.1, PEP 378 and issue 5237)
def money(value):
    return "{:,.2f}".format(value)


def pair(a, b):
    return "{} = {}".format(a, b)


def row(cells):
    return " | ".join("{!s:>8}".format(c) for c in cells)
