# How the error of a numerical derivative depends on the step h.
# f(x) = exp(x) at x = 1, whose exact derivative is exp(1).
import math

x = 1.0
exact = math.exp(x)
print("      h   forward error   central error")
for k in range(1, 14, 2):
    h = 10.0**-k
    forward = (math.exp(x + h) - math.exp(x)) / h
    central = (math.exp(x + h) - math.exp(x - h)) / (2 * h)
    forward_error, central_error = abs(forward - exact), abs(central - exact)
    print(f"{h:7.0e}   {forward_error:13.1e}   {central_error:13.1e}")
