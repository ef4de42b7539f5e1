# expect-min: 3.10
# expect: PY201 int.bit_count
def popcount(n):
    return n.bit_count()


def flags_set(mask):
    return (255).bit_count() - (mask ^ 255).bit_count()


def parity(n):
    return bin(n).count("1") % 2
