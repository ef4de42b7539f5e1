@buttons[0].clicked
def f():
    pass
