# expect-min: 3.11
# expect: PY201 asyncio.timeout
import asyncio


async def slow():
    await asyncio.sleep(10)


async def main():
    try:
        async with asyncio.timeout(0.05):
            await slow()
    except TimeoutError:
        return "timed out"
    return "finished"


if __name__ == "__main__":
    print(asyncio.run(main()))
