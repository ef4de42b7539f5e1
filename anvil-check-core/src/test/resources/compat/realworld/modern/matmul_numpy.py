# expect-min: 3.5
# expect: PY101 matrix-multiplication
import numpy as np


def project(points, matrix):
    return points @ matrix.T


def gram(a):
    out = a.T @ a
    out @= np.eye(out.shape[0])
    return out
