x = dict(a=1) | y
