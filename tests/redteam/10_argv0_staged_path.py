import sys
print(sys.argv[0])
