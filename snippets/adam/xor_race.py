xor_runs = {
    "descent, η = 0.5": descend(network_gradient, theta_start, 0.5, 300),
    "momentum, η = 0.5, β = 0.9": heavy_ball(
        network_gradient, theta_start, 0.5, 0.9, 300
    ),
    "Adam, η = 0.01": adam(network_gradient, theta_start, 0.01, 300),
    "Adam, η = 0.1": adam(network_gradient, theta_start, 0.1, 300),
}
xor_losses = {name: [network_loss(t) for t in run] for name, run in xor_runs.items()}
print(f"{'loss after':27}" + "".join(f"{k:>8}" for k in (0, 50, 100, 200, 300)))
for name, losses in xor_losses.items():
    print(f"{name:27}" + "".join(f"{losses[k]:8.4f}" for k in (0, 50, 100, 200, 300)))
