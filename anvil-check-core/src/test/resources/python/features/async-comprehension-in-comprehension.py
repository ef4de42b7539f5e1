async def f(y, w):
    return [[x async for x in y] for z in w]
