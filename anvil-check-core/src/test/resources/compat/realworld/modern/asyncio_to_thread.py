# expect-min: 3.9
# expect: PY201 asyncio.to_thread
import asyncio
import time


def blocking_io(n):
    time.sleep(0.01)
    return n * 2


async def main():
    results = await asyncio.gather(*(asyncio.to_thread(blocking_io, i) for i in range(4)))
    return sum(results)


if __name__ == "__main__":
    print(asyncio.run(main()))
