#!/usr/bin/env python3
"""Check a pyport benchmark suite folder: headers well formed, every case runs.

Usage: python3 suites/check.py [DIR] [-k NAME ...] [-j JOBS] [--once] [--timeout S]

--timeout is in CPU seconds (default 10), enforced with RLIMIT_CPU; a
wall-clock guard of 10 times that catches programs blocked on something.

For every `.py` program in DIR (default: suites/default next to this script)
it parses the header (see suites/README.md), runs every case under `python3`
and prints one line per case with its CPU time (user+sys of the child) and
wall time. Problems are listed at the end; the exit status is 0 when there
are none, 1 when there are, 2 on bad usage.

Checks:
  - header: known tags only, a difficulty, >= 2 `# case:` lines, exactly one
    `# timing:` line, stdin files exist and are < 50 KB, arguments parse;
  - source parses as Python and imports only standard-library modules;
  - every case finishes within the timeout; the timing case exits with
    status 0 and prints something;
  - timing case takes 1-4 s of CPU time, other cases at most 0.5 s
    (CPU time, not wall time, because the machine may be shared);
  - output is deterministic: each case runs twice, with PYTHONHASHSEED=0 and
    PYTHONHASHSEED=12345, and both runs must agree (catches set/hash order);
    `--once` skips the second run;
  - cases are not all the same output (other inputs must change the answer);
  - at most one case per program exits with a non-zero status.
"""

import argparse
import ast
import os
import resource
import shlex
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

TAGS = {
    "numeric", "strings", "containers", "classes", "recursion", "big-ints",
    "random", "closures", "exceptions", "generators", "io",
}
DIFFICULTIES = {"easy", "medium", "hard"}
MAX_STDIN_BYTES = 50 * 1024
TIMING_MIN, TIMING_MAX = 1.0, 4.0
SMALL_MAX = 0.5
HASH_SEEDS = ("0", "12345")
WALL_FACTOR = 10  # wall-clock guard = this many times the CPU timeout


class Case:
    def __init__(self, kind, spec, args, stdin):
        self.kind = kind      # "case" or "timing"
        self.spec = spec      # the text after the colon, as written
        self.args = args      # list of argument strings
        self.stdin = stdin    # file name relative to the program, or None


class Program:
    def __init__(self, path):
        self.path = path
        self.name = os.path.basename(path)
        self.tags = []
        self.difficulty = None
        self.cases = []
        self.problems = []

    def problem(self, msg):
        self.problems.append(f"{self.name}: {msg}")


def parse_case(prog, kind, spec, lineno):
    try:
        tokens = shlex.split(spec)
    except ValueError as e:
        prog.problem(f"line {lineno}: cannot split `{spec}` like a shell: {e}")
        return None
    stdin = None
    # `< file` or `<file`, only as the last redirection.
    for i, tok in enumerate(tokens):
        if tok.startswith("<"):
            rest = tokens[i + 1:]
            if tok == "<":
                if len(rest) != 1:
                    prog.problem(f"line {lineno}: `<` must be followed by exactly one file name, at the end")
                    return None
                stdin = rest[0]
            else:
                if rest:
                    prog.problem(f"line {lineno}: `{tok}` must be the last token")
                    return None
                stdin = tok[1:]
            tokens = tokens[:i]
            break
    if stdin is not None:
        full = os.path.join(os.path.dirname(prog.path), stdin)
        if not os.path.isfile(full):
            prog.problem(f"line {lineno}: stdin file `{stdin}` does not exist next to the program")
            return None
        size = os.path.getsize(full)
        if size > MAX_STDIN_BYTES:
            prog.problem(f"line {lineno}: stdin file `{stdin}` is {size} bytes (limit {MAX_STDIN_BYTES}); generate large input from argv instead")
    return Case(kind, spec.strip(), tokens, stdin)


def parse_header(prog, source):
    timing = 0
    small = 0
    for lineno, line in enumerate(source.splitlines(), 1):
        if not line.startswith("#"):
            break
        body = line[1:].strip()
        key, sep, value = body.partition(":")
        if not sep:
            continue
        key = key.strip()
        if key == "tags":
            tags = [t.strip() for t in value.split(",") if t.strip()]
            unknown = [t for t in tags if t not in TAGS]
            if unknown:
                prog.problem(f"line {lineno}: unknown tags {unknown}; allowed: {sorted(TAGS)}")
            if not tags:
                prog.problem(f"line {lineno}: empty tag list")
            prog.tags.extend(tags)
        elif key == "difficulty":
            d = value.strip()
            if d not in DIFFICULTIES:
                prog.problem(f"line {lineno}: difficulty `{d}` is not one of {sorted(DIFFICULTIES)}")
            if prog.difficulty is not None:
                prog.problem(f"line {lineno}: second difficulty line")
            prog.difficulty = d
        elif key in ("case", "timing"):
            if key == "timing":
                timing += 1
            else:
                small += 1
            c = parse_case(prog, key, value, lineno)
            if c is not None:
                prog.cases.append(c)
    if not prog.tags:
        prog.problem("no `# tags:` line in the header")
    if prog.difficulty is None:
        prog.problem("no `# difficulty:` line in the header")
    if small < 2:
        prog.problem(f"{small} `# case:` lines; at least 2 are needed")
    if timing != 1:
        prog.problem(f"{timing} `# timing:` lines; exactly 1 is needed")


def check_source(prog, source):
    try:
        tree = ast.parse(source, prog.path)
    except SyntaxError as e:
        prog.problem(f"not valid Python: {e}")
        return
    stdlib = sys.stdlib_module_names
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        for n in names:
            if n.split(".")[0] not in stdlib:
                prog.problem(f"line {node.lineno}: imports `{n}`, which is not in the standard library")


def run_once(prog, case, seed, timeout):
    """Run one case; return (exit code or None on timeout, stdout, stderr, cpu, wall)."""
    folder = os.path.dirname(prog.path)
    env = dict(os.environ, PYTHONHASHSEED=seed)
    env.pop("PYTHONSTARTUP", None)
    stdin = open(os.path.join(folder, case.stdin), "rb") if case.stdin else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        limit = max(1, int(timeout + 0.999))

        def cpu_limit():
            resource.setrlimit(resource.RLIMIT_CPU, (limit, limit + 1))

        p = subprocess.Popen([sys.executable, prog.name] + case.args, cwd=folder, env=env,
                             stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             preexec_fn=cpu_limit)
        out, err = [], []
        readers = [threading.Thread(target=lambda s=s, b=b: b.append(s.read()))
                   for s, b in ((p.stdout, out), (p.stderr, err))]
        for r in readers:
            r.start()
        timed_out = []
        # The CPU limit is the real timeout; the wall-clock guard only catches a
        # program blocked on something, on a machine that may be very busy.
        killer = threading.Timer(timeout * WALL_FACTOR, lambda: (timed_out.append(1), p.kill()))
        killer.start()
        # wait4 instead of p.wait(): it gives this child's own CPU usage.
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - start
        killer.cancel()
        p.returncode = os.waitstatus_to_exitcode(status)
        for r in readers:
            r.join()
        cpu = usage.ru_utime + usage.ru_stime
        if timed_out or cpu >= limit:
            return None, out[0], err[0], cpu, wall
        return p.returncode, out[0], err[0], cpu, wall
    finally:
        if case.stdin:
            stdin.close()


def run_case(prog, case, args):
    seeds = HASH_SEEDS[:1] if args.once else HASH_SEEDS
    runs = [run_once(prog, case, s, args.timeout) for s in seeds]
    return runs


def last_line(text):
    lines = text.decode(errors="replace").strip().splitlines()
    return lines[-1] if lines else ""


def check_program(prog, args):
    with open(prog.path, encoding="utf-8") as f:
        source = f.read()
    parse_header(prog, source)
    check_source(prog, source)
    lines = []
    outputs = []
    failures = 0
    for case in prog.cases:
        runs = run_case(prog, case, args)
        code, out, err, cpu, wall = runs[0]
        label = f"{case.kind}: {case.spec}" if case.spec else f"{case.kind}: (no args)"
        if code is None:
            prog.problem(f"`{label}` timed out (limit {args.timeout:g} s CPU, {args.timeout * WALL_FACTOR:g} s wall)")
            lines.append(f"  {label:<40} cpu {cpu:6.3f} s  wall {wall:6.3f} s  TIMEOUT")
            continue
        status = "ok" if code == 0 else f"exit {code}: {last_line(err)}"
        lines.append(f"  {label:<40} cpu {cpu:6.3f} s  wall {wall:6.3f} s  {len(out):>7} B  {status}")
        if code != 0:
            failures += 1
            if case.kind == "timing":
                prog.problem(f"timing case `{case.spec}` exits with status {code}; it must run to completion")
        elif not out.strip() and case.kind == "timing":
            prog.problem(f"timing case `{case.spec}` printed nothing; print enough to check correctness")
        for other in runs[1:]:
            if other[0] != code or other[1] != out:
                prog.problem(f"`{label}` output differs between PYTHONHASHSEED={HASH_SEEDS[0]} and {HASH_SEEDS[1]} (hash-order dependence?)")
        outputs.append((out, code))
        if case.kind == "timing" and not (TIMING_MIN <= cpu <= TIMING_MAX):
            prog.problem(f"timing case `{case.spec}` took {cpu:.2f} s CPU; it should take {TIMING_MIN:g}-{TIMING_MAX:g} s")
        if case.kind == "case" and cpu > SMALL_MAX:
            prog.problem(f"small case `{case.spec}` took {cpu:.2f} s CPU; small cases should take at most {SMALL_MAX:g} s")
    if failures > 1:
        prog.problem(f"{failures} cases exit with a non-zero status; keep that to at most one per program")
    if outputs and not any(out.strip() for out, _ in outputs):
        prog.problem("no case prints anything; print enough to check correctness")
    if len(outputs) >= 2 and len(set(outputs)) == 1:
        prog.problem("every case prints the same output; other inputs must change the answer")
    return lines


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description="check a pyport benchmark suite folder")
    ap.add_argument("dir", nargs="?", default=os.path.join(here, "default"))
    ap.add_argument("-k", dest="only", action="append", default=[],
                    help="check only programs whose file name contains this (repeatable)")
    ap.add_argument("-j", "--jobs", type=int, default=1, help="programs checked in parallel (default 1)")
    ap.add_argument("--once", action="store_true", help="run each case once (skip the hash-seed determinism run)")
    ap.add_argument("--timeout", type=float, default=10.0,
                    help="CPU seconds per run (default 10; the wall-clock guard is 10 times this)")
    args = ap.parse_args()

    if not os.path.isdir(args.dir):
        print(f"error: suite folder `{args.dir}` does not exist; pass a folder of .py programs", file=sys.stderr)
        return 2
    names = sorted(n for n in os.listdir(args.dir) if n.endswith(".py"))
    if args.only:
        names = [n for n in names if any(k in n for k in args.only)]
    if not names:
        print(f"error: no .py programs in `{args.dir}` (after -k filters)", file=sys.stderr)
        return 2
    progs = [Program(os.path.join(os.path.abspath(args.dir), n)) for n in names]

    start = time.perf_counter()
    with ThreadPoolExecutor(max(1, args.jobs)) as pool:
        futures = [pool.submit(check_program, p, args) for p in progs]
        for p, fut in zip(progs, futures):
            try:
                lines = fut.result()
            except Exception as e:  # a bug in this checker must not hide the other programs
                p.problem(f"checker error: {type(e).__name__}: {e}")
                lines = []
            mark = "FAIL" if p.problems else "ok"
            print(f"{p.name} [{p.difficulty}; {', '.join(p.tags)}] {mark}")
            for line in lines:
                print(line)
            sys.stdout.flush()

    problems = [m for p in progs for m in p.problems]
    ncases = sum(len(p.cases) for p in progs)
    tag_counts = {}
    for p in progs:
        for t in p.tags:
            tag_counts[t] = tag_counts.get(t, 0) + 1
    diff_counts = {}
    for p in progs:
        diff_counts[p.difficulty] = diff_counts.get(p.difficulty, 0) + 1
    print()
    print(f"summary: {len(progs)} programs, {ncases} cases, "
          f"{len(progs) - len({m.split(':')[0] for m in problems})} programs pass, "
          f"{len(problems)} problems, {time.perf_counter() - start:.0f} s")
    print("tags: " + ", ".join(f"{t} {tag_counts.get(t, 0)}" for t in sorted(TAGS)))
    print("difficulty: " + ", ".join(f"{d} {diff_counts.get(d, 0)}" for d in ("easy", "medium", "hard")))
    for m in problems:
        print(f"problem: {m}")
    return 1 if problems else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:
        sys.exit(0)
