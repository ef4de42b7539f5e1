# expect-min: 3.0
# expect: PY001 syntax-error
class Settings(object):
    def __init__(self):
        self.values = {}

    def get(self, key):
        return self.values.get(key)


s = Settings()
s.get("debug") = True
