# The slope of f at `point` along each of 360 unit vectors u, one per degree.
angles = np.radians(np.arange(360))
directions = np.column_stack([np.cos(angles), np.sin(angles)])  # ‖u‖ = 1
h = 1e-6
slopes = np.array([(f(point + h * u) - f(point - h * u)) / (2 * h) for u in directions])
predicted = directions @ gradient(point)  # D_u f = ∇f·u, for every u at once
length = np.linalg.norm(gradient(point))
steepest = gradient(point) / length  # u = ∇f / ‖∇f‖
up, down = np.argmax(slopes), np.argmin(slopes)

worst = np.abs(slopes - predicted).max()
print(f"largest |slope − ∇f·u| over 360 directions: {worst:.1e}")
print(f"steepest ascent:  {np.degrees(angles[up]):5.1f}°, slope {slopes[up]:8.4f}")
print(f"steepest descent: {np.degrees(angles[down]):5.1f}°, slope {slopes[down]:8.4f}")
print(f"∇f/‖∇f‖ points at {np.degrees(np.arctan2(steepest[1], steepest[0])):.2f}°")
along = (f(point + h * steepest) - f(point - h * steepest)) / (2 * h)
print(f"‖∇f‖ = {length:.4f}, slope along ∇f/‖∇f‖ = {along:.4f}")
