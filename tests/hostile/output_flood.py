# expect: output_limit
# Prints without end: the output cap stops the run.
line = "flood " * 100
while True:
    print(line)
