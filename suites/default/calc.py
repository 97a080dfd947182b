# tags: exceptions, recursion, strings, io, generators
# difficulty: medium
# case: < calc.small.txt
# case: < empty.txt
# case: 2000
# timing: 120000
# A recursive-descent calculator for integer/float expressions with + - * /
# // % ** unary minus, parentheses and variables (x = 3 * 4). Each stdin line
# is evaluated; errors (syntax, unknown name, division by zero) are caught
# and reported per line. With a number argument it evaluates that many
# generated expressions instead.
import sys


class CalcError(Exception):
    pass


class ParseError(CalcError):
    def __init__(self, message, pos):
        super().__init__(f"{message} at position {pos}")
        self.pos = pos


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            literal = text[i:j]
            try:
                tokens.append(("num", float(literal) if "." in literal else int(literal), i))
            except ValueError:
                raise ParseError(f"bad number {literal!r}", i) from None
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                j += 1
            tokens.append(("name", text[i:j], i))
            i = j
        elif text.startswith(("**", "//"), i):
            tokens.append(("op", text[i:i + 2], i))
            i += 2
        elif ch in "+-*/%()=":
            tokens.append(("op", ch, i))
            i += 1
        else:
            raise ParseError(f"unexpected character {ch!r}", i)
    tokens.append(("end", None, len(text)))
    return tokens


class Parser:
    def __init__(self, text, env):
        self.tokens = tokenize(text)
        self.pos = 0
        self.env = env

    def peek(self):
        return self.tokens[self.pos]

    def take(self, value=None):
        tok = self.tokens[self.pos]
        if value is not None and tok[1] != value:
            raise ParseError(f"expected {value!r}, found {tok[1]!r}", tok[2])
        self.pos += 1
        return tok

    def statement(self):
        kind, value, _ = self.peek()
        if kind == "name" and self.tokens[self.pos + 1][1] == "=":
            self.pos += 2
            result = self.expr()
            self.env[value] = result
        else:
            result = self.expr()
        if self.peek()[0] != "end":
            raise ParseError(f"unexpected {self.peek()[1]!r}", self.peek()[2])
        return result

    def expr(self):
        value = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.unary()
        while self.peek()[1] in ("*", "/", "//", "%"):
            op = self.take()[1]
            rhs = self.unary()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            elif op == "//":
                value //= rhs
            else:
                value %= rhs
        return value

    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return -self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek()[1] == "**":
            self.take()
            exponent = self.unary()
            if isinstance(exponent, int) and exponent > 10000:
                raise CalcError("exponent too large")
            return base ** exponent
        return base

    def atom(self):
        kind, value, pos = self.take()
        if kind == "num":
            return value
        if kind == "name":
            try:
                return self.env[value]
            except KeyError:
                raise CalcError(f"unknown name {value!r}") from None
        if value == "(":
            inner = self.expr()
            self.take(")")
            return inner
        raise ParseError(f"unexpected {value!r}", pos)


def evaluate(line, env):
    try:
        return repr(Parser(line, env).statement())
    except ZeroDivisionError as e:
        return f"error: {e}"
    except CalcError as e:
        return f"error: {type(e).__name__}: {e}"
    except OverflowError as e:
        return f"error: overflow: {e}"


def generated(n):
    ops = ["+", "-", "*", "//", "%", "/"]
    x = 1
    for i in range(n):
        parts = []
        for k in range(6):
            x = (x * 1103515245 + 12345) % 2**31
            parts.append(str(x % 50 - (k % 2)))
            parts.append(ops[x % 6])
        parts.append("(" + str(i % 7) + " - 3)")
        yield " ".join(parts)


env = {"pi": 3.141592653589793}
if len(sys.argv) > 1:
    results = [evaluate(line, env) for line in generated(int(sys.argv[1]))]
    errors = sum(r.startswith("error") for r in results)
    print(f"{len(results)} expressions, {errors} errors")
    print("first results:", results[:4])
    print("checksum:", sum(len(r) * (i + 1) for i, r in enumerate(results)) % 1000003)
else:
    for lineno, line in enumerate(sys.stdin, 1):
        line = line.strip()
        if line and not line.startswith("#"):
            print(f"{lineno}: {line} => {evaluate(line, env)}")
