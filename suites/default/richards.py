# tags: classes
# difficulty: hard
# case: 1
# case: 0
# case: 3
# timing: 45
# Richards: Martin Richards' operating-system task scheduler simulation
# (idle task, worker, two handlers, two devices exchanging packets), a
# classic object-oriented benchmark. argv[1] is the number of iterations.
import sys

I_IDLE, I_WORK, I_HANDLERA, I_HANDLERB, I_DEVA, I_DEVB = 1, 2, 3, 4, 5, 6
K_DEV, K_WORK = 1000, 1001
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst


class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding

    def is_held_or_waiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)


class Scheduler:
    def __init__(self):
        self.task_list = None
        self.current = None
        self.current_id = 0
        self.tasks = {}
        self.hold_count = 0
        self.qpkt_count = 0

    def find(self, ident):
        return self.tasks[ident]

    def hold_self(self):
        self.hold_count += 1
        self.current.state.task_holding = True
        return self.current.link

    def release(self, ident):
        t = self.find(ident)
        t.state.task_holding = False
        return t if t.priority > self.current.priority else self.current

    def wait(self):
        self.current.state.task_waiting = True
        return self.current

    def queue_packet(self, packet):
        t = self.find(packet.ident)
        self.qpkt_count += 1
        packet.link = None
        packet.ident = self.current_id
        return t.add_packet(packet, self.current)

    def run(self):
        self.current = self.task_list
        while self.current is not None:
            t = self.current
            if t.state.is_held_or_waiting():
                self.current = t.link
            else:
                self.current_id = t.ident
                self.current = t.run_step()


class Task:
    def __init__(self, sched, ident, priority, work_in, state):
        self.sched = sched
        self.link = sched.task_list
        self.ident = ident
        self.priority = priority
        self.input = work_in
        self.state = state
        sched.task_list = self
        sched.tasks[ident] = self

    def add_packet(self, packet, old):
        if self.input is None:
            self.input = packet
            self.state.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            self.input = packet.append_to(self.input)
        return old

    def run_step(self):
        packet = None
        if self.state.is_waiting_with_packet():
            packet = self.input
            self.input = packet.link
            if self.input is None:
                self.state.packet_pending = False
                self.state.task_waiting = False
            else:
                self.state.packet_pending = True
                self.state.task_waiting = False
        return self.fn(packet)


class IdleTask(Task):
    def __init__(self, sched, ident, priority, count):
        super().__init__(sched, ident, priority, None, TaskState())
        self.state.packet_pending = False
        self.control = 1
        self.count = count

    def fn(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.control & 1 == 0:
            self.control //= 2
            return self.sched.release(I_DEVA)
        self.control = (self.control // 2) ^ 0xD008
        return self.sched.release(I_DEVB)


class WorkTask(Task):
    def __init__(self, sched, ident, priority, packets):
        super().__init__(sched, ident, priority, packets, TaskState())
        self.state.task_waiting = True
        self.destination = I_HANDLERA
        self.count = 0

    def fn(self, packet):
        if packet is None:
            return self.sched.wait()
        self.destination = I_HANDLERB if self.destination == I_HANDLERA else I_HANDLERA
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = ord("A") + self.count - 1
        return self.sched.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, packets):
        super().__init__(sched, ident, priority, packets, TaskState())
        self.state.task_waiting = True
        self.work_in = None
        self.device_in = None

    def fn(self, packet):
        if packet is not None:
            if packet.kind == K_WORK:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        if self.work_in is not None:
            work = self.work_in
            count = work.datum
            if count >= BUFSIZE:
                self.work_in = work.link
                return self.sched.queue_packet(work)
            if self.device_in is not None:
                dev = self.device_in
                self.device_in = dev.link
                dev.datum = work.data[count]
                work.datum = count + 1
                return self.sched.queue_packet(dev)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        super().__init__(sched, ident, priority, None, TaskState())
        self.state.packet_pending = False
        self.pending = None
        self.trace = []

    def fn(self, packet):
        if packet is None:
            if self.pending is None:
                return self.sched.wait()
            p, self.pending = self.pending, None
            return self.sched.queue_packet(p)
        self.pending = packet
        if len(self.trace) < 12:
            self.trace.append(chr(packet.datum))
        return self.sched.hold_self()


def richards(count):
    s = Scheduler()
    IdleTask(s, I_IDLE, 0, count)
    wkq = Packet(None, 0, K_WORK)
    wkq = Packet(wkq, 0, K_WORK)
    WorkTask(s, I_WORK, 1000, wkq)
    wkq = Packet(None, I_DEVA, K_DEV)
    wkq = Packet(wkq, I_DEVA, K_DEV)
    wkq = Packet(wkq, I_DEVA, K_DEV)
    HandlerTask(s, I_HANDLERA, 2000, wkq)
    wkq = Packet(None, I_DEVB, K_DEV)
    wkq = Packet(wkq, I_DEVB, K_DEV)
    wkq = Packet(wkq, I_DEVB, K_DEV)
    HandlerTask(s, I_HANDLERB, 3000, wkq)
    dev_a = DeviceTask(s, I_DEVA, 4000)
    dev_b = DeviceTask(s, I_DEVB, 5000)
    s.run()
    return s.qpkt_count, s.hold_count, "".join(dev_a.trace), "".join(dev_b.trace)


iterations = int(sys.argv[1])
for i in range(iterations):
    qpkt, holds, ta, tb = richards(10000)
    if i == 0:
        print(f"queued {qpkt} packets, {holds} holds")
        print("device traces:", ta, tb)
    if (qpkt, holds) != (23246, 9297):
        print("unexpected result in iteration", i, qpkt, holds)
print("iterations:", iterations)
small = richards(max(iterations, 1) * 50)
print("small run:", small)
