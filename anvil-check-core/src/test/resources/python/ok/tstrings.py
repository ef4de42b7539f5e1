# anvil: target-version=3.14
name = "x"
t1 = t"Hello {name}!"
t2 = t"{name!r:>10}" t"tail"
