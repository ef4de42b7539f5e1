import subprocess
subprocess.run(['a'], capture_output=True)
