def f(x: 'list[int]'): pass
