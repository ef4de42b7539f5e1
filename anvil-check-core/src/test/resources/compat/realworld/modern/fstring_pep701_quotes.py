# expect-min: 3.12
# expect: PY101 fstring-pep701
def render(items):
    lines = [f"- {item["name"]}: {item["qty"]}" for item in items]
    return "\n".join(lines)


def table(rows):
    return "\n".join(f"{"|".join(str(c) for c in row)}" for row in rows)
