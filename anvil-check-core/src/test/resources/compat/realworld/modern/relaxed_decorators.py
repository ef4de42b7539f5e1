# expect-min: 3.9
# expect: PY101 relaxed-decorators
HANDLERS = [lambda fn: fn, lambda fn: fn]
registry = {"routes": {"index": lambda fn: fn}}


@HANDLERS[0]
def first():
    return 1


@registry["routes"]["index"]
def index():
    return "home"


@(lambda fn: fn)
def anon():
    return None
