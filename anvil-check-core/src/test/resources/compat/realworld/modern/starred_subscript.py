# expect-min: 3.11
# expect: PY101 starred-subscript
from typing import Generic, TypeVarTuple

Ts = TypeVarTuple("Ts")


class Row(Generic[*Ts]):
    def __init__(self, *values):
        self.values = values


def get_cell(grid, *idx):
    return grid[*idx]
