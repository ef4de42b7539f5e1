# expect-min: 3.0
# expect: PY404 locals
def describe(obj):
    names = sorted(n for n in dir(obj) if not n.startswith("_"))
    return ", ".join(names)


def dump_locals():
    a = 1
    b = "two"
    return dict(locals())


def trace(msg, *args):
    print("[trace] " + (msg % args if args else msg))
