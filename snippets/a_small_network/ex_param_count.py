wide = init_params(hidden=16, seed=0)
for name, value in wide.items():
    print(f"{name}: shape {np.shape(value)}, size {np.size(value)}")
wide_count = sum(np.size(value) for value in wide.values())
print(f"total: {wide_count}")
