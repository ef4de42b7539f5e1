# expect-min: 3.0
# expect: none
def strip_suffix(name, suffix):
    if hasattr(str, "removesuffix"):
        return name.removesuffix(suffix)
    return name[:-len(suffix)] if suffix and name.endswith(suffix) else name


def base(name):
    return strip_suffix(name, ".py")


BASE = base("setup.py")
