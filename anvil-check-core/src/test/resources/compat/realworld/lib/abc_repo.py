# expect-min: 3.4
# expect: PY201 abc.ABC
import abc


class Repository(abc.ABC):
    @abc.abstractmethod
    def get(self, key):
        raise NotImplementedError

    @abc.abstractmethod
    def put(self, key, value):
        raise NotImplementedError

    def get_or_create(self, key, factory):
        value = self.get(key)
        if value is None:
            value = factory()
            self.put(key, value)
        return value


class MemoryRepository(Repository):
    def __init__(self):
        self._d = {}

    def get(self, key):
        return self._d.get(key)

    def put(self, key, value):
        self._d[key] = value
