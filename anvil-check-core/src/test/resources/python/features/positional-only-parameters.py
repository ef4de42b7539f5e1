def f(a, /):
    pass
