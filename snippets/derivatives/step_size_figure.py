import matplotlib.pyplot as plt
import numpy as np

x = 1.0
exact = np.exp(x)
h = np.logspace(-15, 0, 151)
forward = np.abs((np.exp(x + h) - np.exp(x)) / h - exact)
central = np.abs((np.exp(x + h) - np.exp(x - h)) / (2 * h) - exact)

fig, ax = plt.subplots(
    figsize=(6, 3.5),
    layout="constrained",
    label="Error of forward and central differences against h, log-log",
)
ax.loglog(h, forward, label="forward difference")
ax.loglog(h, central, label="central difference")
rounding = 2.2e-16 * exact / h  # machine epsilon times f, over h
ax.loglog(h, rounding, ":", color="gray", label="rounding ≈ ε·f/h")
ax.set(xlabel="step h", ylabel="|error|", ylim=(1e-17, 10))
ax.annotate("h too small:\nrounding", (1e-14, 1e-1), fontsize=8)
ax.annotate("h too large:\ntruncation", (1e-3, 1e-12), fontsize=8)
ax.legend(fontsize=8, loc="lower left")
plt.show()
