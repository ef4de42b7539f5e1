def f(a b):
    pass
return 5
class
if x:
    break
x = 1 +
