# expect-min: 3.10
# expect: PY201 anext
import asyncio


async def numbers():
    for i in range(3):
        yield i


async def first_two():
    it = aiter(numbers())
    return await anext(it), await anext(it)


if __name__ == "__main__":
    print(asyncio.run(first_two()))
