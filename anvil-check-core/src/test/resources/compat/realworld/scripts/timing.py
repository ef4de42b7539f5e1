# expect-min: 3.7
# expect: PY201 time.perf_counter_ns
import time
from contextlib import contextmanager


@contextmanager
def timed(label):
    start = time.perf_counter_ns()
    try:
        yield
    finally:
        ms = (time.perf_counter_ns() - start) / 1e6
        print("%s: %.2f ms" % (label, ms))


if __name__ == "__main__":
    with timed("sum"):
        sum(range(10 ** 6))
