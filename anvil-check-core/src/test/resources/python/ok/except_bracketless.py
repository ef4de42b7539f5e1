# anvil: target-version=3.14
try:
    pass
except ValueError, TypeError:
    pass
