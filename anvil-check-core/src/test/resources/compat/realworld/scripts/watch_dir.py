# expect-min: 3.3
# expect: PY201 time.monotonic
import os
import sys
import time


def snapshot(folder):
    return {name: os.stat(os.path.join(folder, name)).st_mtime for name in os.listdir(folder)}


def watch(folder, interval=1.0, duration=None):
    before = snapshot(folder)
    start = time.monotonic()
    while duration is None or time.monotonic() - start < duration:
        time.sleep(interval)
        after = snapshot(folder)
        for name in set(after) - set(before):
            print("added", name)
        for name in set(before) - set(after):
            print("removed", name)
        before = after


if __name__ == "__main__":
    watch(sys.argv[1])
