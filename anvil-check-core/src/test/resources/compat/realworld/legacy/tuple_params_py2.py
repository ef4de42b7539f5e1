# expect-min: 2.7
# expect-max: 2.7
# expect: PY002 tuple-parameters
def distance((x1, y1), (x2, y2)):
    return ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5


def perimeter(points):
    total = 0.0
    for i in range(len(points)):
        total += distance(points[i], points[(i + 1) % len(points)])
    return total


SQUARE = [(0, 0), (0, 1), (1, 1), (1, 0)]
