# expect-min: 3.0
# expect: none
from fractions import Fraction


def split_bill(total_pence, people):
    share = Fraction(total_pence, people)
    base = int(share)
    remainder = total_pence - base * people
    return [base + (1 if i < remainder else 0) for i in range(people)]


def fmt(pence):
    sign = "-" if pence < 0 else ""
    pence = abs(pence)
    return "{0}\u00a3{1}.{2:02d}".format(sign, pence // 100, pence % 100)
