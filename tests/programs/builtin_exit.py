# The site builtins exit()/quit() raise SystemExit like sys.exit().
def check(n):
    if n < 0:
        print("negative")
        exit(2)
    return n


print(check(3))
check(-1)
print("unreached")
