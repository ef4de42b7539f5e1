# expect-min: 3.0
# expect: none
try:
    from functools import cached_property
except ImportError:
    class cached_property(object):
        def __init__(self, fn):
            self.fn = fn
            self.__doc__ = fn.__doc__

        def __get__(self, obj, cls):
            if obj is None:
                return self
            value = obj.__dict__[self.fn.__name__] = self.fn(obj)
            return value


class Report(object):
    @cached_property
    def total(self):
        return 42
