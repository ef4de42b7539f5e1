# anvil: target-version=3.15
a = [*x for x in xs]
c = (*x for x in xs)
b = {**d for d in ds}
