# expect-min: 3.9
# expect: PY201 zoneinfo
import sys

if sys.version_info >= (3, 8):
    from zoneinfo import ZoneInfo
else:
    ZoneInfo = None


def london():
    return ZoneInfo("Europe/London") if ZoneInfo else None
