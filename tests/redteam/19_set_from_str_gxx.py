print(len(set("hello")))
