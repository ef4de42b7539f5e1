# expect-min: 3.0
# expect: none
import os
from contextlib import contextmanager


@contextmanager
def pushd(folder):
    prev = os.getcwd()
    os.chdir(folder)
    try:
        yield folder
    finally:
        os.chdir(prev)


def list_in(folder):
    with pushd(folder):
        return sorted(os.listdir("."))
