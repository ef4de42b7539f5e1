# expect-min: 3.6
# expect: PY201 sys.set_asyncgen_hooks
import sys

_live = set()


def _first_iter(agen):
    _live.add(id(agen))


def _finalizer(agen):
    _live.discard(id(agen))


def install():
    old = sys.get_asyncgen_hooks()
    sys.set_asyncgen_hooks(firstiter=_first_iter, finalizer=_finalizer)
    return old
