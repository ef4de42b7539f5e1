import asyncio
@asyncio.coroutine
def f(): pass
