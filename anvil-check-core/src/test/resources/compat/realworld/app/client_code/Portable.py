# expect-min: 3.0
# expect: none
import anvil.server


@anvil.server.portable_class
class Money(object):
    def __init__(self, pence, currency="GBP"):
        self.pence = pence
        self.currency = currency

    def __add__(self, other):
        if other.currency != self.currency:
            raise ValueError("currency mismatch")
        return Money(self.pence + other.pence, self.currency)

    def __repr__(self):
        return "Money(%d, %r)" % (self.pence, self.currency)
