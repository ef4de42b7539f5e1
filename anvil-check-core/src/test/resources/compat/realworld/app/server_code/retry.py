# expect-min: 3.6
# expect: PY101 f-strings
import functools
import logging
import random
import time

log = logging.getLogger(__name__)


def retry(times=3, base_delay=0.5, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    if attempt == times:
                        raise
                    delay = base_delay * 2 ** (attempt - 1) + random.random() / 10
                    log.warning(f"{fn.__name__} failed ({e}); retry {attempt}/{times} in {delay:.2f}s")
                    time.sleep(delay)
        return wrapper
    return deco
