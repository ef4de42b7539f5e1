# expect-min: 3.8
# expect: PY101 positional-only-parameters
def distance(x1, y1, x2, y2, /):
    return ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5


def fetch(url, /, *, timeout=10, retries=3):
    return {"url": url, "timeout": timeout, "retries": retries}


class Vec:
    def __init__(self, x, y, /):
        self.x, self.y = x, y
