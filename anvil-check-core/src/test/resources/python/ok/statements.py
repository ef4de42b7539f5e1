import os, sys as s
from . import a
def f(a, /, b: int = 1, *args, c, **kw) -> None:
    """doc"""
    x = [i for i in range(10) if i % 2]
    y = {k: v for k, v in kw.items()}
    return x[1:2, ::3], y
@dec.x(1)
class C(B, metaclass=M):
    z: int = 3
    async def g(self):
        async with a as b, c:
            await b
        async for q in r:
            yield q
match p:
    case [1, *rest] | {"k": 1, **rest}:
        pass
    case Point(x=0, y=_) if p > 1:
        pass
    case _:
        pass
print(f"{x!r:>{w}} {y=} {'a' 'b'}", b'\x00', 1_000, 0x1F, 1.5e10, 2j, ...)
try:
    pass
except* (A, B) as e:
    raise X from e
finally:
    del x, y[0]
type Alias[T: int, *Ts, **P = int] = list[T]
with (open(a) as f, open(b) as g):
    pass
lambda x, *y, z=1, **w: (x := 5)
global gg
while not a and b or c: break
else: pass
