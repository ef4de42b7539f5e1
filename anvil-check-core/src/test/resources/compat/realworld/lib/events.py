# expect-min: 3.0
# expect: none
from collections import defaultdict
import weakref


class EventBus(object):
    def __init__(self):
        self._subs = defaultdict(list)

    def subscribe(self, topic, fn):
        self._subs[topic].append(fn)
        return lambda: self._subs[topic].remove(fn)

    def publish(self, topic, *args, **kwargs):
        for fn in list(self._subs.get(topic, ())):
            fn(*args, **kwargs)


_registry = weakref.WeakValueDictionary()


def register(name, obj):
    _registry[name] = obj
