# expect-min: 3.0
# expect: PY001 syntax-error
import collections

Record = collections.namedtuple("Record", "name value")


def build(name, value):
    return Record(name=name, value=value)


def check(nonlocal_flag, True=False):
    return nonlocal_flag
