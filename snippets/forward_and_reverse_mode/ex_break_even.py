def cheaper(forward, reverse):
    if forward == reverse:
        return "equal"
    return "forward" if forward < reverse else "reverse"


for d in range(1, 6):
    forward, reverse = count_gradient(d)
    winner = cheaper(forward, reverse)
    print(f"d = {d}: forward {forward:2d}, reverse {reverse:2d} steps: {winner}")

break_even = 1
while cheaper(*count_gradient(break_even)) != "reverse":
    break_even += 1
print(f"forward mode first costs more at d = {break_even}")


def times_more(d):
    """How many times more steps forward mode takes than reverse mode."""
    forward, reverse = count_gradient(d)
    return forward / reverse


hundredfold = 1
while times_more(hundredfold) < 100:
    hundredfold += 1
for d in (hundredfold - 1, hundredfold):
    forward, reverse = count_gradient(d)
    print(
        f"d = {d}: forward {forward}, reverse {reverse}, {forward / reverse:.1f} times"
    )
