# expect-min: 3.7
# expect: PY201 contextlib.nullcontext
import contextlib
import threading

_lock = threading.Lock()


def maybe_locked(use_lock):
    return _lock if use_lock else contextlib.nullcontext()


def update(store, key, value, use_lock=True):
    with maybe_locked(use_lock):
        store[key] = value


def quietly_remove(path):
    import os
    with contextlib.suppress(FileNotFoundError):
        os.remove(path)
