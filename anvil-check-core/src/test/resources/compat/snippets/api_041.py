def f(x: int | None): pass
