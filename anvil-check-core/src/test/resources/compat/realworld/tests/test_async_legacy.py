# expect-min: 3.4
# expect-max: 3.10
# expect: PY201 asyncio.coroutine
import asyncio
import unittest


@asyncio.coroutine
def slow_add(a, b):
    yield from asyncio.sleep(0)
    return a + b


class SlowAddTest(unittest.TestCase):
    def test_slow_add(self):
        loop = asyncio.new_event_loop()
        try:
            self.assertEqual(loop.run_until_complete(slow_add(2, 3)), 5)
        finally:
            loop.close()
