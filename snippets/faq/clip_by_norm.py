# Gradient clipping by norm: keep the direction, cap the length.
import numpy as np


def clip_by_norm(gradient, max_norm):
    norm = np.linalg.norm(gradient)
    if norm > max_norm:
        return gradient * (max_norm / norm)
    return gradient


gradient = np.array([30.0, -40.0])
clipped = clip_by_norm(gradient, max_norm=5.0)
print(f"before: {gradient.tolist()}, norm {np.linalg.norm(gradient)}")
print(f"after:  {clipped.tolist()}, norm {np.linalg.norm(clipped)}")
