def f[T](x: T) -> T:
    return x
class C[T: (int, str), *Ts, **P]:
    pass
type A = int
type B[T] = list[T]
type C2[T: int = bool, *Ts = *tuple[int], **P = [int]] = dict[T, P]
def g[T = int, U = str](): pass
