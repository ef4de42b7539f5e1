# expect-min: 3.8
# expect: PY101 fstring-self-documenting
import logging

log = logging.getLogger(__name__)


def compute(a, b):
    total = a * b
    log.debug(f"{a=} {b=} {total=}")
    return total


def explain(user, score):
    return f"{user=!s}, {score=:.2f}"
