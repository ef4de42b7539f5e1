# expect-min: 3.0
# expect-max: 3.11
# expect: PY302 distutils
from distutils.core import setup
from distutils.extension import Extension

ext = Extension("fastmath", sources=["fastmath.c"], extra_compile_args=["-O3"])

setup(
    name="fastmath",
    version="0.3.1",
    description="A few fast math helpers",
    ext_modules=[ext],
    py_modules=["fastmath_py"],
)
