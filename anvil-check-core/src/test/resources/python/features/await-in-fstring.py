async def describe(client):
    return f"status: {await client.status()}"
