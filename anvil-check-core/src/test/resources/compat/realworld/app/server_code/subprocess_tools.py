# expect-min: 3.7
# expect: PY202 subprocess.run(capture_output=)
import subprocess
import anvil.server


@anvil.server.callable
def disk_usage():
    proc = subprocess.run(["df", "-h", "/"], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        return None
    lines = proc.stdout.strip().splitlines()
    header, values = lines[0].split(), lines[-1].split()
    return dict(zip(header, values))
