# expect-min: 3.12
# expect: PY101 fstring-pep701
def summary(order):
    return f"""Order {
        order["id"]  # the public id
    } for {order["customer"]}"""


def plain(order):
    return "Order {} for {}".format(order["id"], order["customer"])
