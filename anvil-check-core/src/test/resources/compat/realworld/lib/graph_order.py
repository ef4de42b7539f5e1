# expect-min: 3.9
# expect: PY201 graphlib
from graphlib import TopologicalSorter


def install_order(deps):
    ts = TopologicalSorter()
    for pkg, requires in deps.items():
        ts.add(pkg, *requires)
    return list(ts.static_order())


def describe(deps):
    return " -> ".join(install_order(deps))
