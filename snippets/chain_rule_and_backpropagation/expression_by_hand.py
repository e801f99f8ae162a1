# The same derivatives from the hand-worked formulas, in plain floats.
a_, b_, c_ = a.data, b.data, c.data
d_ = a_ * b_ + c_
by_hand = [2 * d_ * b_, 2 * d_ * a_, 2 * d_]
by_engine = [a.grad, b.grad, c.grad]
for name, hand, engine in zip("abc", by_hand, by_engine, strict=True):
    print(f"∂L/∂{name}: by hand {hand:6.1f}   engine {engine:6.1f}")
