"""Child processes for the crash tests: killed with -9 by the parent at a chosen point."""
from __future__ import annotations

import sys
import time

from streams.bus import open_bus


def produce(url: str, topic: str, count: int) -> None:
    bus = open_bus(url)
    for i in range(count):
        bus.publish(topic, f"k{i % 7}", f"{i}".encode())
        print(i, flush=True)  # printed only after the publish returned
    time.sleep(60)


def consume_and_hang(url: str, topic: str, group: str) -> None:
    bus = open_bus(url)
    consumer = bus.consumer(group, [topic])
    got: list[bytes] = []
    while not got:
        got = consumer.poll(100, 1.0)
    print(len(got), flush=True)  # processed, never committed
    time.sleep(60)


if __name__ == "__main__":
    mode, *args = sys.argv[1:]
    if mode == "produce":
        produce(args[0], args[1], int(args[2]))
    else:
        consume_and_hang(*args)
