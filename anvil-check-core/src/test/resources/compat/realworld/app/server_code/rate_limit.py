# expect-min: 3.3
# expect: PY201 time.monotonic
import time
import functools
import anvil.server

_calls = {}


def rate_limited(per_minute):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            now = time.monotonic()
            key = (fn.__name__, anvil.server.session.get("user_email"))
            recent = [t for t in _calls.get(key, []) if now - t < 60]
            if len(recent) >= per_minute:
                raise anvil.server.PermissionDenied("slow down")
            recent.append(now)
            _calls[key] = recent
            return fn(*args, **kwargs)
        return wrapper
    return deco
