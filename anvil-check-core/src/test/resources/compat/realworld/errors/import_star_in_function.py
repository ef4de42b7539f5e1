# expect-min: 3.0
# expect: PY001 syntax-error
def render(template, **values):
    from string import *
    return Template(template).safe_substitute(values)


def upper_first(s):
    return s[:1].upper() + s[1:]


GREETING = render("Hello $name", name="Ada")
