try:
    import tomllib
except ImportError:
    import tomli as tomllib
