try:
    unicode
except NameError:
    pass
