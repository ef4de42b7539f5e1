# anvil: target-version=3.6
async = 1
await = async + 1
