# expect-min: 3.0
# expect: none
import queue
import threading


def worker(q, results):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * item)
        q.task_done()


def run(items, n=3):
    q, results = queue.Queue(), []
    threads = [threading.Thread(target=worker, args=(q, results)) for _ in range(n)]
    for t in threads:
        t.start()
    for i in items:
        q.put(i)
    for _ in threads:
        q.put(None)
    q.join()
    return sorted(results)
