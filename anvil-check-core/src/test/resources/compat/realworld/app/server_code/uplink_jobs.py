# expect-min: 3.7
# expect: PY201 asyncio.run
import asyncio
import anvil.server


async def fetch_one(session_id, delay):
    await asyncio.sleep(delay)
    return {"session": session_id, "ok": True}


async def fetch_all(ids):
    tasks = [fetch_one(i, 0.01 * n) for n, i in enumerate(ids)]
    return await asyncio.gather(*tasks)


@anvil.server.callable
def refresh_sessions(ids):
    return asyncio.run(fetch_all(ids))
