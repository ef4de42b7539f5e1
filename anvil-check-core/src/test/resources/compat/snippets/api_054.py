import sys
if sys.version_info >= (3, 12):
    import imp
