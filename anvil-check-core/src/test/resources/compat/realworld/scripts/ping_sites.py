# expect-min: 3.6
# expect: PY101 f-strings
import concurrent.futures
import time
import urllib.request

SITES = ["https://example.com", "https://example.org", "https://example.net"]


def check(url):
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            status = r.status
    except Exception as e:
        status = type(e).__name__
    return url, status, time.perf_counter() - start


with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
    for url, status, secs in pool.map(check, SITES):
        print(f"{url:<30} {status!s:>6} {secs * 1000:7.1f} ms")
