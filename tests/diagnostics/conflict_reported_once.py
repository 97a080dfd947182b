# A value whose type conflicted is reported once, where the conflict arises; later uses of it
# (here as the argument of int()) do not repeat it under an internal type name.
xs = [1, ValueError("a")]
print(int(xs[0]))
