# expect-min: 3.4
# expect: PY201 os.cpu_count
import multiprocessing
import os


def work(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


if __name__ == "__main__":
    workers = os.cpu_count() or 2
    with multiprocessing.Pool(workers) as pool:
        results = pool.map(work, [200000] * workers * 2)
    print(sum(results))
