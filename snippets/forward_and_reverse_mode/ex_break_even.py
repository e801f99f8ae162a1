def cheaper(forward, reverse):
    if forward == reverse:
        return "equal"
    return "forward" if forward < reverse else "reverse"


for d in range(1, 6):
    forward, reverse = count_gradient(d)
    winner = cheaper(forward, reverse)
    print(f"d = {d}: forward {forward:2d}, reverse {reverse:2d} operations: {winner}")

break_even = 1
while cheaper(*count_gradient(break_even)) != "reverse":
    break_even += 1
print(f"forward mode first costs more at d = {break_even}")

# Reverse mode is d² / 2d = d/2 times cheaper: 100 times from d = 200 on.
hundredfold = 2 * 100
for d in (hundredfold - 1, hundredfold):
    forward, reverse = count_gradient(d)
    print(
        f"d = {d}: forward {forward}, reverse {reverse}, {forward / reverse:.1f} times"
    )
