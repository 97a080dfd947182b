# The template method pattern through a classmethod: `cls.step_one()` where subclasses override
# the steps and the method is called through instances of them. The port binds `cls` to the class
# that defines the method, so this is refused rather than run with the base class's steps.
class AbstractClass:
    @staticmethod
    def step_one():
        print("default step one")

    @classmethod
    def template_method(cls):
        cls.step_one()


class ConcreteClassA(AbstractClass):
    @staticmethod
    def step_one():
        print("A: step one")


ConcreteClassA().template_method()
AbstractClass.template_method()
