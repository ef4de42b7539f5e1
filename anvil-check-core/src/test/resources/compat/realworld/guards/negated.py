# expect-min: 3.0
# expect: none
import sys

if sys.version_info < (3, 9):
    def strip_prefix(s, p):
        return s[len(p):] if s.startswith(p) else s
else:
    def strip_prefix(s, p):
        return s.removeprefix(p)


def clean(name):
    return "tmp_" + strip_prefix(name, "tmp_") if name else ""
