# expect-min: 3.3
# expect: PY201 subprocess.DEVNULL
import subprocess
import anvil.server


@anvil.server.callable
def start_worker(queue_name):
    proc = subprocess.Popen(
        ["python3", "worker.py", queue_name],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        start_new_session=True,
    )
    return proc.pid
