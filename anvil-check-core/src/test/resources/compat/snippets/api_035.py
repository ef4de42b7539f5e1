x = isinstance(y, int | str)
