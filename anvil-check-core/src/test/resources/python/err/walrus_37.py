# anvil: target-version=3.7
if (x := 1):
    pass
