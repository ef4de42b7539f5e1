# expect-min: 3.0
# expect: none
import sys

if sys.version_info >= (3, 12):
    import importlib.util as loader

    def load(name, path):
        spec = loader.spec_from_file_location(name, path)
        mod = loader.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod
else:
    import imp

    def load(name, path):
        return imp.load_source(name, path)
