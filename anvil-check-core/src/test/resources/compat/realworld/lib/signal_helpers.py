# expect-min: 3.0
# expect: none
import signal
import sys

_handlers = []


def on_exit(fn):
    _handlers.append(fn)
    return fn


def _run(signum, frame):
    for fn in reversed(_handlers):
        fn()
    sys.exit(128 + signum)


def install():
    signal.signal(signal.SIGTERM, _run)
    signal.signal(signal.SIGINT, _run)
