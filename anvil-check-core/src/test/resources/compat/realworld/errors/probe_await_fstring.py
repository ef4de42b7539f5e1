# expect-min: 3.7
# expect: PY101 f-strings
# (await inside an f-string replacement field: CPython 3.6 rejects it, 3.7 accepts it)
import asyncio


async def name():
    await asyncio.sleep(0)
    return "ada"


async def greet():
    return f"hello {await name()}"


def run():
    return asyncio.new_event_loop().run_until_complete(greet())
