# expect-min: 3.12
# expect: PY201 sys.monitoring
import sys

TOOL = 3


def count_calls(fn, *args):
    calls = []
    sys.monitoring.use_tool_id(TOOL, "counter")
    sys.monitoring.register_callback(TOOL, sys.monitoring.events.PY_START, lambda code, off: calls.append(code))
    sys.monitoring.set_events(TOOL, sys.monitoring.events.PY_START)
    try:
        fn(*args)
    finally:
        sys.monitoring.set_events(TOOL, 0)
        sys.monitoring.free_tool_id(TOOL)
    return len(calls)
