# expect-min: 3.13
# expect: PY201 warnings.deprecated
from warnings import deprecated


@deprecated("use new_api() instead")
def old_api(x):
    return new_api(x)


def new_api(x):
    return x * 2
