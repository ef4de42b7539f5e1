# anvil: target-version=3.11
x = f"{"nested"}"
