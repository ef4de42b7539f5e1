a = b if c else d
e = not a and b or c
f = a < b <= c != d is not e in f not in g
g = -x ** -y // z % w @ m | n ^ o & p << 1 >> 2
h = lambda: 0
i = lambda a, /, b=1, *c, d, e=2, **f: a
j = [*a, *b], {*a}, {**a, 'k': 1}, (*a,)
k = x[1:2], x[::2], x[:], x[a, b:c], x[...]
l = (y for y in z if y), [y for y in z] if False else None
m = {k: v for k, v in items}, {s for s in t}
n = await_ = 1
o = f(a, *b, c=1, **d)(e)[f].g
def gen(): p = (yield)
q = [(r := 1), r]
t = a if b else c if d else e
u = x.y.z(1)[2:3].w
v = ~+-1
w = 'a' 'b' "c" '''d''' """e"""
x = (1,)
y = ()
z = ((1))
