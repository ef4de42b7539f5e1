# expect-min: 3.8
# expect: PY201 typing.Final
from typing import Final

MAX_RETRIES: Final = 5
TIMEOUT_SECONDS: Final[float] = 2.5


def budget(attempts):
    return min(attempts, MAX_RETRIES) * TIMEOUT_SECONDS


def describe():
    return "retries=%d timeout=%.1f" % (MAX_RETRIES, TIMEOUT_SECONDS)
