# expect-min: 3.11
# expect: PY201 contextlib.chdir
import contextlib
import os
import subprocess


def run_in(folder, *cmd):
    with contextlib.chdir(folder):
        return subprocess.call(list(cmd))


def list_in(folder):
    with contextlib.chdir(folder):
        return sorted(os.listdir("."))
