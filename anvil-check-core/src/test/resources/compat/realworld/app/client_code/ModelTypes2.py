# expect-min: 3.0
# expect: none
class CartLine(object):
    def __init__(self, sku, qty, price):
        self.sku = sku
        self.qty = qty
        self.price = price

    @property
    def total(self):
        return self.qty * self.price

    def __repr__(self):
        return "CartLine(%r, %d, %.2f)" % (self.sku, self.qty, self.price)


def cart_total(lines):
    return sum(l.total for l in lines)
