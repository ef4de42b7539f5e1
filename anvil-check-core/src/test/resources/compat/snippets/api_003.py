from math import prod
prod([1])
