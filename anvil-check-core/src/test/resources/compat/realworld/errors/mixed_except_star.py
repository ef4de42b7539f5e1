# expect-min: 3.11
# expect: PY001 syntax-error
def handle(fn):
    try:
        fn()
    except ValueError:
        return "value"
    except* TypeError:
        return "type"
    return "ok"


H = handle(lambda: None)
