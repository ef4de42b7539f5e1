# expect-min: 3.0
# expect-max: 3.7
# expect: PY302 time.clock
import time


def timed(fn, *args):
    start = time.clock()
    result = fn(*args)
    elapsed = time.clock() - start
    return result, elapsed


if __name__ == "__main__":
    r, secs = timed(sum, range(10 ** 6))
    print(r, "%.3fs" % secs)
