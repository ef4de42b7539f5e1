# expect-min: 3.12
# expect: PY101 type-alias-statement
type UserId = int
type Matrix = list[list[float]]
type Tree[T] = dict[str, "Tree[T]"] | T


def identity(m: Matrix) -> Matrix:
    return [[1.0 if i == j else 0.0 for j in range(len(m))] for i in range(len(m))]


def lookup(users: dict[UserId, str], uid: UserId) -> str:
    return users.get(uid, "?")
