# expect-min: 3.8
# expect: PY201 unittest.IsolatedAsyncioTestCase
import asyncio
import unittest


async def double_later(x):
    await asyncio.sleep(0)
    return x * 2


class DoubleTest(unittest.IsolatedAsyncioTestCase):
    async def test_double(self):
        self.assertEqual(await double_later(21), 42)

    async def test_gather(self):
        results = await asyncio.gather(*(double_later(i) for i in range(3)))
        self.assertEqual(results, [0, 2, 4])
