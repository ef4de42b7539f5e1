# expect-min: 3.7
# expect: PY201 asyncio.run
import asyncio


async def slow():
    await asyncio.sleep(10)


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except asyncio.TimeoutError:
        return "timed out"
    return "finished"


if __name__ == "__main__":
    print(asyncio.run(main()))
