# expect-min: 3.0
# expect: none
def install_order(deps):
    order, seen, visiting = [], set(), set()

    def visit(node):
        if node in seen:
            return
        if node in visiting:
            raise ValueError("cycle at " + node)
        visiting.add(node)
        for dep in deps.get(node, ()):
            visit(dep)
        visiting.discard(node)
        seen.add(node)
        order.append(node)

    for n in sorted(deps):
        visit(n)
    return order
