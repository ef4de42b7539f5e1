# expect-min: 3.0
# expect: none
import abc


class Repository(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def get(self, key):
        raise NotImplementedError

    def get_many(self, keys):
        return [self.get(k) for k in keys]


class DictRepository(Repository):
    def __init__(self, data=None):
        self.data = dict(data or {})

    def get(self, key):
        return self.data.get(key)
