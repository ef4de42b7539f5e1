# expect-min: 2.7
# expect-max: 2.7
# expect: PY002 print-statement
def invert(d):
    out = {}
    for k, v in d.iteritems():
        out.setdefault(v, []).append(k)
    return out


def show(d):
    for k in sorted(d.keys()):
        print k, "=>", d[k]


if __name__ == "__main__":
    show(invert({"a": 1, "b": 2, "c": 1}))
