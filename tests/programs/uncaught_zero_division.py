# Prints some lines, then dies with an uncaught ZeroDivisionError (exit status 1).
def average_step(total, count):
    return total // count

data = [10, 20, 30, 0]
total = 0
for d in data:
    total += d
    print("running total", total)
print("average:", average_step(total, len(data)))
divisor = data[-1]
print("about to divide by", divisor)
print(total // divisor)
print("never printed")
