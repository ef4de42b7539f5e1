# expect-min: 3.9
# (an unparenthesized starred tuple as a for loop's iterable: 3.9 and later)
def all_items(a, b):
    out = []
    for x in *a, *b:
        out.append(x)
    return out


def plain(a, b):
    return list(a) + list(b)


ITEMS = all_items([1], [2])
