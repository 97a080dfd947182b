import sys
print("checking")
sys.exit("fatal: missing input")
