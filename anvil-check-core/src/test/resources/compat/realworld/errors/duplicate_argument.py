# expect-min: 3.0
# expect: PY001 syntax-error
def make_user(name, email, name=None):
    return {"name": name, "email": email}


def describe(user):
    return "%(name)s <%(email)s>" % user


ADA = describe(make_user("Ada", "ada@example.com"))
