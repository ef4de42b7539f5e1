# expect-min: 3.0
# expect: none
class Registry(type):
    classes = {}

    def __new__(mcs, name, bases, ns):
        cls = type.__new__(mcs, name, bases, ns)
        Registry.classes[name.lower()] = cls
        return cls


class Plugin(object):
    __metaclass__ = Registry

    def run(self):
        raise NotImplementedError


def lookup(name):
    return Registry.classes.get(name.lower())
