# expect-min: 3.10
# expect: PY001 syntax-error
def route(msg):
    match msg:
        case {"type": "ping", "type": "pong"}:
            return "both"
        case {"type": t}:
            return t
        case _:
            return None


R = route({"type": "ping"})
