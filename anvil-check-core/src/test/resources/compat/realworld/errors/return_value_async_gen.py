# expect-min: 3.6
# expect: PY001 syntax-error
import asyncio


async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
    return n


async def main():
    return [t async for t in ticks(3)]
