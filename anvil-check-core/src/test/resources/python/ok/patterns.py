match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, y=2) | Point(3, y=2):
        pass
    case {"x": x, "y": y, **rest}:
        pass
    case [1, 2, *others]:
        pass
    case (1 | 2 | 3) as n:
        pass
    case -1 | 1.5 | 2 + 3j | -4 - 5j:
        pass
    case "a" "b" | b"c":
        pass
    case None | True | False:
        pass
    case Color.RED:
        pass
    case str() | bytes():
        pass
    case [*_]:
        pass
    case _:
        pass
match x, y:
    case a, b if a > b:
        pass
match (x):
    case {}:
        pass
    case ():
        pass
