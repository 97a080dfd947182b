# No `import time`: the program cannot print a measured time, so "time" lines are plain output.
arrival = 5
print("time:", arrival)
print("done")
