# expect-min: 3.0
# expect-max: 3.6
# expect: PY301 async-await-identifier
def schedule(fn, async=False):
    if async:
        return ("queued", fn.__name__)
    return ("ran", fn())


def hello():
    return "hi"


RESULT = schedule(hello, async=True)
