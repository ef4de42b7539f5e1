# expect-min: 3.0
# expect: none
import sys

try:
    from setuptools import setup, Extension
except ImportError:
    sys.exit("setuptools is required")

ext = Extension("fastmath", sources=["fastmath.c"])

setup(
    name="fastmath",
    version="0.4.0",
    ext_modules=[ext],
    python_requires=">=3.8",
)
