# expect-min: 3.5
# expect: PY101 async-await
import asyncio
import unittest


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


class AddTest(unittest.TestCase):
    def setUp(self):
        self.loop = asyncio.new_event_loop()

    def tearDown(self):
        self.loop.close()

    def test_add(self):
        self.assertEqual(self.loop.run_until_complete(add(1, 2)), 3)
