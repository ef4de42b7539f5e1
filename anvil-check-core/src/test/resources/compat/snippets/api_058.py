try:
    from math import prod
except ImportError:
    prod = None
