# expect-min: 3.0
# expect: none
import sys


def cpu_count():
    import os
    if sys.version_info >= (3, 13):
        return os.process_cpu_count()
    return os.cpu_count() if hasattr(os, "cpu_count") else 1


def workers():
    return max(1, (cpu_count() or 1) - 1)
