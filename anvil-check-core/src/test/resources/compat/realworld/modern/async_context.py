# expect-min: 3.7
# expect: PY201 contextlib.asynccontextmanager
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def connection(name):
    print("open", name)
    try:
        yield {"name": name}
    finally:
        print("close", name)


async def main():
    async with connection("db") as conn:
        await asyncio.sleep(0)
        return conn["name"]
