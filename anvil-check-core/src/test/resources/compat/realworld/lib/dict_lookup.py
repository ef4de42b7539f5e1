# expect-min: 3.0
# expect: none
def weekday_name(n):
    return {0: "Mon", 1: "Tue", 2: "Wed", 3: "Thu", 4: "Fri", 5: "Sat", 6: "Sun"}[n % 7]


def first_letter(words):
    return [w[0] for w in words if w]


def rank(score):
    return ["low", "medium", "high"][min(2, score // 10)]
