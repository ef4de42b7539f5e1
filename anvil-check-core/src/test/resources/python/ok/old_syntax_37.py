# anvil: target-version=3.7
async def f():
    await x
print(f"{x}")
