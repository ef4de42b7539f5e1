# expect-min: 3.0
# expect: none
import random
import unittest

from lib.heap_tasks import TaskQueue


class TaskQueueTest(unittest.TestCase):
    def test_random_order(self):
        rnd = random.Random(1234)
        q = TaskQueue()
        prios = [rnd.randint(0, 100) for _ in range(50)]
        for i, p in enumerate(prios):
            q.push(p, i)
        popped = []
        while q:
            popped.append(prios[q.pop()])
        self.assertEqual(popped, sorted(prios))
