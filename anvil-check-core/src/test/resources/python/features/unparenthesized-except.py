try:
    pass
except ValueError, TypeError, KeyError:
    pass
try:
    pass
except ValueError, TypeError:
    pass
