# A `def` in a block with a default value (evaluated when the `def` runs) and two definitions: refused.
FAST = True
if FAST:
    def step(x, k=2):
        return x * k
else:
    def step(x, k=3):
        return x + k
print(step(1))
