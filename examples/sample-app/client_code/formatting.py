"""Client-side helpers (run in the browser on Skulpt: keep to Python 3.7 and its small stdlib)."""


def money(amount):
    return "{:,.2f}".format(amount or 0)


def plural(n, word):
    return "{} {}{}".format(n, word, "" if n == 1 else "s")
