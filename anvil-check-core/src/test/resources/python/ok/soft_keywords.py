match = 1
case = 2
type = 3
_ = 4
match.x = 5
match[0] = 6
match(1)
print(match, case, type, _)
type(x)
type.x = 1
def match(): pass
class case: pass
for type in []: pass
match -x:
    case _:
        pass
