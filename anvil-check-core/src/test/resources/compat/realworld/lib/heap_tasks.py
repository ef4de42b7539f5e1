# expect-min: 3.0
# expect: none
import heapq
import itertools


class TaskQueue(object):
    def __init__(self):
        self._heap = []
        self._counter = itertools.count()

    def push(self, priority, task):
        heapq.heappush(self._heap, (priority, next(self._counter), task))

    def pop(self):
        priority, _, task = heapq.heappop(self._heap)
        return task

    def __bool__(self):
        return bool(self._heap)

    def peek_n(self, n):
        return [t for _, _, t in heapq.nsmallest(n, self._heap)]
