# expect-min: 3.0
# expect: none
import anvil.server

_cache = {}


def get(name):
    if name not in _cache:
        _cache[name] = anvil.server.call("get_lookup", name)
    return _cache[name]


def clear():
    _cache.clear()


current_user = None


def set_user(user):
    global current_user
    current_user = user
