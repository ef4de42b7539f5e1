# expect-min: 2.7
# expect-max: 2.7
# expect: PY002 less-greater
def changed(old, new):
    diffs = []
    for key in set(old) | set(new):
        if old.get(key) <> new.get(key):
            diffs.append(key)
    return sorted(diffs)


def summary(old, new):
    keys = changed(old, new)
    return "%d keys changed: %s" % (len(keys), ", ".join(keys))
