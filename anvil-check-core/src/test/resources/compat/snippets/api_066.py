import math
math.prod([1])  # anvil-check: ignore[PY201]
