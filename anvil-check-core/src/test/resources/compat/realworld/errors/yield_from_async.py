# expect-min: 3.5
# expect: PY001 syntax-error
import asyncio


async def relay(source):
    yield from source


async def main():
    await asyncio.sleep(0)


def run():
    return relay([1, 2])
