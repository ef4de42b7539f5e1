# expect-min: 3.8
# expect: PY101 fstring-self-documenting
def debug_line(name, value):
    return f"{name=} {value=!r}"


def money(value, currency="GBP"):
    return "{} {:,.2f}".format(currency, value)


def plural(n, word):
    return "{} {}{}".format(n, word, "" if n == 1 else "s")
