match command:
    case [x, y]:
        pass
    case _:
        pass
