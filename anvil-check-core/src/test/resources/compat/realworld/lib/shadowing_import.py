# expect-min: 3.0
# expect: none
from mylib import statistics
from mylib import zoneinfo
from mylib.compat import cache


@cache
def tz(name):
    return zoneinfo.ZoneInfo(name)


def mean(xs):
    return statistics.fmean(xs) if xs else 0.0
