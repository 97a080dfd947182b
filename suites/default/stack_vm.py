# tags: classes, closures, strings
# difficulty: hard
# case: 10
# case: 0
# case: 1
# case: -3
# timing: 80000
# A tiny stack-machine interpreter: a two-pass assembler (labels, comments)
# for a small instruction set, opcode handlers in a dict of closures, and
# three programs (loop sum, iterative factorial, gcd table) run on argv[1].
import sys

SOURCE = """
; sum of 1..n, n taken from the input slot
        load n
        push 0
        store acc
loop:   load n
        jz done
        load acc
        load n
        add
        store acc
        load n
        push 1
        sub
        store n
        jmp loop
done:   load acc
        print
        halt
"""

FACT = """
        push 1
        store f
again:  load k
        push 1
        gt
        jz out
        load f
        load k
        mul
        store f
        load k
        push 1
        sub
        store k
        jmp again
out:    load f
        push 1000000007
        mod
        print
        halt
"""

GCD = """
top:    load b
        jz fin
        load a
        load b
        mod
        load b
        store a
        store b
        jmp top
fin:    load a
        print
        halt
"""


class VMError(Exception):
    pass


def assemble(text):
    labels = {}
    instructions = []
    for raw in text.splitlines():
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        if ":" in line:
            label, line = line.split(":", 1)
            labels[label.strip()] = len(instructions)
            line = line.strip()
        op, *args = line.split()
        instructions.append((op, args[0] if args else None))
    program = []
    for op, arg in instructions:
        if op in ("jmp", "jz"):
            if arg not in labels:
                raise VMError(f"unknown label {arg}")
            arg = labels[arg]
        elif op == "push":
            arg = int(arg)
        program.append((op, arg))
    return program


class Machine:
    def __init__(self, program, memory):
        self.program = program
        self.memory = dict(memory)
        self.stack = []
        self.output = []
        self.pc = 0
        self.steps = 0
        self.ops = self._handlers()

    def _handlers(self):
        stack = self.stack

        def binary(fn):
            def run(_):
                b = stack.pop()
                a = stack.pop()
                stack.append(fn(a, b))
            return run

        def jump(target):
            self.pc = target

        def jump_zero(target):
            if stack.pop() == 0:
                self.pc = target

        def load(name):
            try:
                stack.append(self.memory[name])
            except KeyError:
                raise VMError(f"read of unset variable {name!r}") from None

        return {
            "push": stack.append,
            "load": load,
            "store": lambda name: self.memory.__setitem__(name, stack.pop()),
            "add": binary(lambda a, b: a + b),
            "sub": binary(lambda a, b: a - b),
            "mul": binary(lambda a, b: a * b),
            "mod": binary(lambda a, b: a % b),
            "gt": binary(lambda a, b: int(a > b)),
            "jmp": jump,
            "jz": jump_zero,
            "print": lambda _: self.output.append(stack.pop()),
        }

    def run(self, limit=10**8):
        while True:
            op, arg = self.program[self.pc]
            self.pc += 1
            self.steps += 1
            if op == "halt":
                return self.output
            if self.steps > limit:
                raise VMError("step limit exceeded")
            self.ops[op](arg)


n = int(sys.argv[1])
summer = assemble(SOURCE)
machine = Machine(summer, {"n": n})
try:
    print("sum:", machine.run(limit=20 * abs(n) + 100), "steps:", machine.steps)
except VMError as e:
    print("vm error:", e, "after", machine.steps, "steps")
fact = Machine(assemble(FACT), {"k": n})
print("factorial mod p:", fact.run(), "steps:", fact.steps)
gcd_prog = assemble(GCD)
table = []
total_steps = 0
for a in range(1, min(abs(n), 40) + 1):
    row = []
    for b in range(1, min(abs(n), 40) + 1):
        m = Machine(gcd_prog, {"a": a * 3, "b": b * 2})
        row.append(m.run()[0])
        total_steps += m.steps
    table.append(row)
print("gcd table sum:", sum(map(sum, table)), "steps:", total_steps)
try:
    assemble("jmp nowhere")
except VMError as e:
    print("assembler error:", e)
