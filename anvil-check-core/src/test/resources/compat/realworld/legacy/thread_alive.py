# expect-min: 3.0
# expect: none
import threading
import time


def worker(n):
    time.sleep(0.01 * n)


def run_all(count=4):
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    while any(t.is_alive() for t in threads):
        time.sleep(0.005)
    return len(threads)
