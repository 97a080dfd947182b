# match on tuples, strings, nested sequence patterns with guards; break inside a case.
def fizz(i):
    match (i % 3, i % 5):
        case (0, 0):
            return "FizzBuzz"
        case (0, _):
            return "Fizz"
        case (_, 0):
            return "Buzz"
        case _:
            return str(i)


def op(tok, a, b):
    match tok:
        case "+":
            return a + b
        case "-":
            return a - b
        case "*" | "x":
            return a * b
    return None


def head(pairs):
    match pairs:
        case [(k, v), *rest] if v > 0:
            return f"{k}={v} then {len(rest)}"
        case [(k, _), *_]:
            return f"{k} not positive"
        case _:
            return "empty"


print(" ".join(fizz(i) for i in range(1, 16)))
print(op("+", 2, 3), op("x", 2, 3), op("/", 1, 1))
print(head([("a", 1), ("b", 2)]), head([("z", -1)]), head([]))
total = 0
for t in ["+", "-", "stop", "+"]:
    match t:
        case "stop":
            break
        case "+":
            total += 1
        case _:
            total -= 10
print(total)
