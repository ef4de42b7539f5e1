def f(*, a):
    pass
