def module_body():
    print("hi")
module_body()
