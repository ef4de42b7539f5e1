# expect-min: 2.7
# expect-max: 2.7
# expect: PY002 backquote-repr
class Node(object):
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []

    def __repr__(self):
        return "Node(" + `self.name` + ", " + `len(self.children)` + ")"


def walk(node, depth=0):
    yield depth, node
    for c in node.children:
        for item in walk(c, depth + 1):
            yield item
