# expect-min: 3.6
# expect: PY101 f-strings
import os
import time

import anvil.server

anvil.server.connect(os.environ["ANVIL_UPLINK_KEY"])


@anvil.server.callable
def local_files(folder):
    return sorted(os.listdir(folder))


@anvil.server.callable
def slow_square(n):
    time.sleep(0.1)
    return n * n


if __name__ == "__main__":
    print(f"uplink connected, pid {os.getpid()}")
    anvil.server.wait_forever()
