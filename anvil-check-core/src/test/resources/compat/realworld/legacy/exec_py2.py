# expect-min: 2.7
# expect-max: 2.7
# expect: PY002 exec-statement
def load_settings(path):
    namespace = {}
    source = open(path).read()
    exec source in namespace
    return dict((k, v) for k, v in namespace.items() if k.isupper())


def apply(settings, target):
    for key, value in settings.items():
        setattr(target, key.lower(), value)
    return target
