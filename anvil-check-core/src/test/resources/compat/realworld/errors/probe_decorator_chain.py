# expect-min: 3.9
# expect: PY101 relaxed-decorators
class Registry(object):
    def __init__(self):
        self.items = {}

    def group(self, name):
        return self

    def add(self, fn):
        self.items[fn.__name__] = fn
        return fn


app = Registry()


@app.group("admin").add
def dashboard():
    return "admin"
