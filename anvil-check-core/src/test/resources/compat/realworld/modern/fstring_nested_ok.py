# expect-min: 3.6
# expect: PY101 f-strings
def render(items):
    lines = [f"- {item['name']}: {item['qty']}" for item in items]
    return "\n".join(lines)


def width_fmt(value, width):
    return f"{value:>{width}}"


def nested(a, b):
    return f"{f'{a}-{b}'!r}"
