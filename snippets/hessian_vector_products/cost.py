def count_gradient(loss, theta):
    """Floating-point operations of one gradient: on plain floats, each
    operation of the program is one."""
    Value.ops, Dual.flops = 0, 0
    gradient(loss, theta)
    return Value.ops


def count_hvp(loss, theta, v):
    """Floating-point operations of one Hessian-vector product: the same
    program, each operation on Duals, whose arithmetic Dual.flops counts."""
    Value.ops, Dual.flops = 0, 0
    hvp(loss, theta, v)
    return Value.ops, Dual.flops


print("  m   d   operations   gradient flops   H v flops   ratio   H from d H v's")
for m in (2, 4, 8, 16):
    theta, _, loss_m = make_problem(m)
    d = len(theta)
    grad_flops = count_gradient(loss_m, theta)
    program_ops, hv_flops = count_hvp(loss_m, theta, [1.0] * d)
    ratio = hv_flops / grad_flops
    print(
        f"{m:3d} {d:3d} {program_ops:12d} {grad_flops:16d} {hv_flops:11d}"
        f" {ratio:7.2f} {d * hv_flops:16d}"
    )
