# expect-min: 3.11
# expect: PY201 asyncio.TaskGroup
import asyncio
import anvil.server


async def probe(host):
    await asyncio.sleep(0)
    return host, True


async def probe_all(hosts):
    results = {}
    async with asyncio.TaskGroup() as tg:
        tasks = {h: tg.create_task(probe(h)) for h in hosts}
    for h, t in tasks.items():
        results[h] = t.result()[1]
    return results


@anvil.server.callable
def health(hosts):
    return asyncio.run(probe_all(hosts))
