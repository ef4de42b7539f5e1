# expect-min: 3.6
# expect: PY202 subprocess.Popen(encoding=)
import subprocess


def list_processes():
    proc = subprocess.Popen(["ps", "-eo", "pid,comm"], stdout=subprocess.PIPE, encoding="utf-8")
    out, _ = proc.communicate()
    rows = [line.split(None, 1) for line in out.splitlines()[1:]]
    return {int(pid): name.strip() for pid, name in rows}


def count_python():
    return sum(1 for name in list_processes().values() if "python" in name)
