x: list[int] = []
