# str.format with fields nested in the format spec: widths, fill and precision given as
# arguments (by name, by index, numbered automatically after the outer field), next to the
# same specs written in f-strings.
rows = [(1, 2.5, "ab"), (10, 3.14159, "xyz"), (100, -0.5, "")]
width = 6
for i, x, s in rows:
    print("{:{width}}|{:>{w2}}|{:{}.{}f}|".format(i, s, x, 9, 3, width=width, w2=width + 1))
    print("{0:{1}}|{2:^{1}}|{0:0{3}d}".format(i, width, s, 5))
    print("[{:{fill}{align}{w}}]".format(s, fill="*", align="<", w=5))
    print(f"{i:{width}}|{s:>{width + 1}}|{x:{9}.{3}f}|")
for prec in range(4):
    print("{:.{}f} {:.{p}e}".format(2 / 3, prec, 1234.5, p=prec))
print("{:>{}}".format("end", 8), "{:{}}".format(7, 4) + "|")
