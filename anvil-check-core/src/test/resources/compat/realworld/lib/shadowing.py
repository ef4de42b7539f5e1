# expect-min: 3.0
# expect: none
def prod(values):
    result = 1
    for v in values:
        result *= v
    return result


def removeprefix(text, prefix):
    return text[len(prefix):] if text.startswith(prefix) else text


class math(object):
    @staticmethod
    def isqrt(n):
        return int(n ** 0.5)


def area(dims):
    return prod(dims) + math.isqrt(16)
