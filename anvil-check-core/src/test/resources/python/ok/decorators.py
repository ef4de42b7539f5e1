@property
@a.b.c
@d(1)
@e[0]
@(lambda f: f)
@x if y else z
def f():
    pass
@dataclass(frozen=True)
class C:
    pass
