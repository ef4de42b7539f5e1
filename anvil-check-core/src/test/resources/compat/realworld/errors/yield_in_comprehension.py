# expect-min: 3.0
# expect-max: 3.7
# (yield inside a list comprehension: a DeprecationWarning in 3.7, a SyntaxError from 3.8)
def gen(values):
    return [(yield v) for v in values]


def plain(values):
    for v in values:
        yield v


G = plain([1])
