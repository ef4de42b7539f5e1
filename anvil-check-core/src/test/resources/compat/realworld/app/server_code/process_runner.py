# expect-min: 3.6
# expect: PY101 f-strings
import subprocess
import anvil.server


@anvil.server.callable
def run_report(name):
    proc = subprocess.Popen(
        ["python3", "-m", "reports", name],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        encoding="utf-8",
    )
    out, _ = proc.communicate()
    return f"exit {proc.returncode}: {out[-500:]}"
