"""Every process docsense starts dies with its parent: kill -9, SIGTERM, SIGINT or a timeout of the parent.

Three layers, because none covers every case alone:
- the kernel's parent-death signal (Linux `prctl(PR_SET_PDEATHSIG)`), set in the child before it runs anything;
- a watchdog thread in the child that exits when its parent is gone (other systems, and the moment before prctl);
- a reaper for trees docsense does not spawn itself (a local Ray's raylet, agents and workers): a small process
  that remembers the parent's descendants and kills them when the parent dies.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable

_PR_SET_PDEATHSIG = 1


def _pdeathsig(sig: int) -> None:
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, int(sig), 0, 0, 0)
        except (OSError, AttributeError):
            pass


def pid_alive(pid: int) -> bool:
    """Whether a process with this id exists (it may belong to another user)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def watch_pid(pid: int, poll_s: float = 0.5) -> None:
    """A daemon thread that ends this process when process `pid` is gone (for a process that is not our parent,
    e.g. a Ray actor watching the driver that started its local cluster)."""

    def watch() -> None:
        while pid_alive(pid):
            time.sleep(poll_s)
        os._exit(1)

    threading.Thread(target=watch, name="docsense-parent-watch", daemon=True).start()


def die_with_parent(parent: int | None = None, sig: int = signal.SIGKILL, poll_s: float = 0.5) -> None:
    """Call first thing in a child process (a pool worker's initializer): the kernel sends `sig` when the parent
    dies, and a watchdog exits when the parent pid changes. `parent`: the pid expected (default: the current one)."""
    expected = os.getppid() if parent is None else parent
    _pdeathsig(sig)
    if os.getppid() != expected:  # the parent died before prctl took effect: no signal would come
        os._exit(1)

    def watch() -> None:
        while os.getppid() == expected:
            time.sleep(poll_s)
        os._exit(1)

    threading.Thread(target=watch, name="docsense-parent-watch", daemon=True).start()


def child_preexec(sig: int = signal.SIGKILL) -> Callable[[], None]:
    """A `preexec_fn` for subprocess.Popen: the child (after exec too) gets `sig` when this process dies.
    The kernel ties the signal to the thread that forks: call Popen from a thread that lives as long as the child."""
    parent = os.getpid()

    def preexec() -> None:
        _pdeathsig(sig)
        if os.getppid() != parent:
            os._exit(1)

    return preexec


_REAPER = r"""
import os, signal, sys, time
import psutil
parent = int(sys.argv[1])
me = os.getpid()
seen = {}
def snapshot():
    try:
        for p in psutil.Process(parent).children(recursive=True):
            if p.pid != me:
                seen[p.pid] = p.create_time()
    except psutil.Error:
        pass
while os.getppid() == parent:
    snapshot()
    time.sleep(0.25)
for pid, created in seen.items():
    try:
        p = psutil.Process(pid)
        if p.create_time() == created:
            p.kill()
    except psutil.Error:
        pass
"""


def start_reaper() -> subprocess.Popen[bytes]:
    """A process that kills this process's descendants (as last seen, 4 times a second) once this process dies,
    by any means: for process trees that others spawn (Ray). Stop it with `.kill()` when the tree is shut down."""
    return subprocess.Popen(
        [sys.executable, "-c", _REAPER, str(os.getpid())],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, close_fds=True,
    )  # fmt: skip


def forward_signals(proc: subprocess.Popen[bytes], grace_s: float = 10.0) -> int:
    """Waits for `proc`; SIGTERM/SIGINT/SIGHUP to us go to it, and if it has not ended `grace_s` after the first
    signal it is killed. Returns its exit code (128 + the signal when one was forwarded, like a shell)."""
    got: list[int] = []

    def handler(signum: int, _frame: object) -> None:
        if not got and proc.poll() is None:
            proc.send_signal(signum)
        got.append(signum)

    old = {s: signal.signal(s, handler) for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)}
    try:
        deadline = None
        while proc.poll() is None:
            if got and deadline is None:
                deadline = time.monotonic() + grace_s
            if deadline is not None and time.monotonic() > deadline:
                proc.kill()
            time.sleep(0.1)
    finally:
        for s, h in old.items():
            signal.signal(s, h)
    return 128 + got[0] if got else proc.returncode
