def anext(it): pass
x = anext(it)
