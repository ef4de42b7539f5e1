# expect-min: 3.10
# expect: PY202 bisect.bisect(key=)
import bisect

BREAKS = [60, 70, 80, 90]
GRADES = "FDCBA"


def grade(score):
    return GRADES[bisect.bisect(BREAKS, score)]


def find_by_age(people, age):
    people = sorted(people, key=lambda p: p["age"])
    i = bisect.bisect(people, age, key=lambda p: p["age"])
    return people[:i]
