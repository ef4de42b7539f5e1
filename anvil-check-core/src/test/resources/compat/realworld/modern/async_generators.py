# expect-min: 3.6
# expect: PY101 async-generators
import asyncio


async def ticker(n, delay=0.0):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def collect(n):
    return [i async for i in ticker(n)]


def run(n=3):
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(collect(n))
    finally:
        loop.close()
