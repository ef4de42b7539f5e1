# expect-min: 3.5
# expect: PY101 unpacking-generalizations
def call(fn, args, kwargs):
    return fn(*args, flag=True, **kwargs)


def call2(fn, first, rest):
    return fn(*first, *rest)


def call3(fn, kwargs):
    return fn(**kwargs, extra=1)
