# expect-min: 3.10
# expect: PY001 syntax-error
def kind(value):
    match value:
        case other:
            return "anything"
        case int():
            return "int"
        case str():
            return "str"


LABEL = kind(3)
