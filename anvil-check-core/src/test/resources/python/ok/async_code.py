import asyncio
async def main():
    async with lock as l, other:
        await asyncio.sleep(1)
    async for x in aiter():
        print(x)
    result = [await f(x) for x in y]
    gen = (x async for x in agen())
    return await asyncio.gather(*[f() for f in fs])
async def agen():
    yield 1
    await something
def sync():
    return (await x for x in y)
