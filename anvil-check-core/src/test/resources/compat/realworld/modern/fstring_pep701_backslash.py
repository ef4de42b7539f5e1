# expect-min: 3.12
# expect: PY101 fstring-pep701
def bullet_list(items):
    return f"{"\n".join("* " + i for i in items)}"


def tabbed(cells):
    return f"{"\t".join(cells)}"


def quoted(words):
    return f"{", ".join(repr(w) for w in words)}"
