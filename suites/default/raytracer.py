# tags: classes, numeric
# difficulty: hard
# case: 24 12
# case: 1 1
# case: 0 0
# case: 60 30
# timing: 560 320
# A small ray tracer: spheres and a checkered plane, Lambert shading with
# shadows and one level of reflection. Prints an ASCII rendering for small
# sizes and a checksum of the pixel intensities for every size.
import math
import sys


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self * (1.0 / math.sqrt(self.dot(self)))


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.norm()

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, center, radius, shade, reflect=0.0):
        self.center, self.radius, self.shade, self.reflect = center, radius, shade, reflect

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        for t in (-b - root, -b + root):
            if t > 1e-6:
                return t
        return None

    def normal(self, p):
        return (p - self.center).norm()

    def color(self, p):
        return self.shade


class Plane:
    reflect = 0.2

    def __init__(self, y):
        self.y = y

    def intersect(self, ray):
        if abs(ray.direction.y) < 1e-9:
            return None
        t = (self.y - ray.origin.y) / ray.direction.y
        return t if t > 1e-6 else None

    def normal(self, p):
        return Vec(0.0, 1.0, 0.0)

    def color(self, p):
        return 0.9 if (math.floor(p.x) + math.floor(p.z)) % 2 == 0 else 0.3


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0.0, 1.0, 5.0), 1.0, 0.8, 0.3),
            Sphere(Vec(-2.0, 0.5, 4.0), 0.5, 0.6),
            Sphere(Vec(1.8, 0.7, 3.5), 0.7, 1.0, 0.5),
            Plane(0.0),
        ]
        self.light = Vec(-3.0, 5.0, 0.0)

    def hit(self, ray):
        best, best_t = None, float("inf")
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < best_t:
                best, best_t = obj, t
        return best, best_t

    def trace(self, ray, depth=0):
        obj, t = self.hit(ray)
        if obj is None:
            return 0.05
        p = ray.at(t)
        n = obj.normal(p)
        to_light = self.light - p
        dist = math.sqrt(to_light.dot(to_light))
        shadow_obj, shadow_t = self.hit(Ray(p, to_light))
        lit = shadow_obj is None or shadow_t > dist
        diffuse = max(0.0, n.dot(to_light.norm())) if lit else 0.0
        value = obj.color(p) * (0.1 + 0.9 * diffuse)
        if obj.reflect > 0 and depth < 2:
            d = ray.direction
            r = d - n * (2 * d.dot(n))
            value = value * (1 - obj.reflect) + self.trace(Ray(p, r), depth + 1) * obj.reflect
        return value


def render(width, height):
    scene = Scene()
    eye = Vec(0.0, 1.5, -1.0)
    rows = []
    for j in range(height):
        row = []
        for i in range(width):
            x = (i + 0.5) / width * 2 - 1
            y = 1 - (j + 0.5) / height * 2
            row.append(scene.trace(Ray(eye, Vec(x * 1.3, y * 0.9 - 0.2, 1.0))))
        rows.append(row)
    return rows


width, height = int(sys.argv[1]), int(sys.argv[2])
image = render(width, height)
ramp = " .:-=+*#%@"
if width <= 80:
    for row in image:
        print("".join(ramp[min(9, int(v * 10))] for v in row))
total = sum(sum(row) for row in image)
print(f"{width}x{height} mean intensity {total / max(1, width * height):.6f}")
print("checksum:", sum(int(v * 255) * (k + 1) for k, v in enumerate(v for row in image for v in row)) % 1000003)
