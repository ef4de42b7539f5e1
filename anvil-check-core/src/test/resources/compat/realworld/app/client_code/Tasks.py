# expect-min: 3.0
# expect: PY403 anvil.server.background_task
import anvil.server


@anvil.server.background_task
def crunch(n):
    return sum(i * i for i in range(n))


def start(n):
    return anvil.server.launch_background_task("crunch", n)


def poll(task):
    return task.is_completed()
