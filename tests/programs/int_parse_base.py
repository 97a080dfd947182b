# int() with a base given by keyword or position.
print(int("10", base=2), int("ff", 16), int("-0o17", 0), int(" 42 "))
