# expect-min: 3.1
# expect: PY201 subprocess.check_output
import subprocess
import anvil.server


@anvil.server.callable
def git_revision():
    try:
        out = subprocess.check_output(["git", "rev-parse", "--short", "HEAD"], stderr=subprocess.STDOUT)
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return out.decode("ascii").strip()
