try:
    pass
except ValueError, TypeError, KeyError:
    pass
