@buttons[0].clicked.connect
def f():
    pass
