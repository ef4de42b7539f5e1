import importlib.metadata as md
md.version('x')
