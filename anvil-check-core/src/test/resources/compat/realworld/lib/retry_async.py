# expect-min: 3.6
# expect: PY101 f-strings
import asyncio
import functools
import logging

log = logging.getLogger(__name__)


def aretry(times=3, delay=0.2):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return await fn(*args, **kwargs)
                except (ConnectionError, asyncio.TimeoutError) as e:
                    log.info(f"attempt {attempt + 1} failed: {e!r}")
                    await asyncio.sleep(delay * (attempt + 1))
            return await fn(*args, **kwargs)
        return wrapper
    return deco
