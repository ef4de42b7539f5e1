# expect-min: 3.11
# expect: PY101 except-star
import asyncio


async def fetch(host):
    await asyncio.sleep(0)
    if host.endswith(".invalid"):
        raise ConnectionError(host)
    return host


async def fetch_all(hosts):
    ok, failed = [], []
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(fetch(h)) for h in hosts]
        ok = [t.result() for t in tasks]
    except* ConnectionError as eg:
        failed = [str(e) for e in eg.exceptions]
    return ok, failed
