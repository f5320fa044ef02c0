"""One stage run in a forked child process while the parent goes on with the next ones.

The search index needs the archive's articles, people and outlets but not its stories, and
nothing needs the index but the site writer: so it is built in a child forked right after
the archive is made (it sees the archive copy-on-write), while the parent links stories and
renders pages. On two cores that fills the time the parent spends in serial work.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

from builder.errors import BriefingError

T = TypeVar("T")
_LIVE: set[Background[Any]] = set()


def cancel_all() -> None:
    """Stop every child still running (a build that failed does not wait for them)."""
    for job in list(_LIVE):
        job.cancel()


def _child(conn: Connection, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
    # The child leads a process group of its own, so that cancel() stops the worker processes it
    # forks too: killed alone, it would leave them waiting on each other's pipes for ever,
    # holding the parent's build lock and output pipes open.
    with contextlib.suppress(OSError):
        os.setpgid(0, 0)
    try:
        result: tuple[bool, Any] = (True, fn(*args))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which raises it
        result = (False, f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}")
    conn.send(result)
    conn.close()


class Background(Generic[T]):
    """``fn(*args)`` in a forked child (or, when ``fork`` is False or unavailable, in this process
    when ``result()`` is first asked for: its time is then the waiting stage's); ``result()``
    waits for it. The result comes back pickled through a pipe."""

    def __init__(self, label: str, fn: Callable[..., T], *args: Any, fork: bool = True) -> None:
        self.label = label
        self._value: T | None = None
        self._proc: Any = None
        self._later: tuple[Callable[..., T], tuple[Any, ...]] | None = None
        if fork and "fork" in multiprocessing.get_all_start_methods():
            ctx = multiprocessing.get_context("fork")
            self._conn, child_conn = ctx.Pipe(duplex=False)
            self._proc = ctx.Process(target=_child, args=(child_conn, fn, args), name=f"briefing-{label}")
            self._proc.start()
            with contextlib.suppress(OSError):  # here too (as shells do): the group exists from now on
                os.setpgid(self._proc.pid, self._proc.pid)
            child_conn.close()
            _LIVE.add(self)
        else:
            self._later = (fn, args)

    def result(self) -> T:
        if self._later is not None:
            fn, args = self._later
            self._later = None
            self._value = fn(*args)
        if self._proc is None:
            return self._value  # type: ignore[return-value]
        try:
            # the result or the child's end, whichever comes first. The processes the child forked
            # hold the pipe's other end (and the child's sentinel) too, so a child that dies
            # without a result gives no end of file: its exit status is asked for instead.
            while not self._conn.poll(0.2):
                if not self._proc.is_alive():
                    if not self._conn.poll():
                        raise EOFError
                    break
            ok, value = self._conn.recv()  # before join: a large result must not fill the pipe unread
        except EOFError:
            ok, value = False, "the process ended without a result"
            self._kill()  # killed (out of memory?): what it had forked may still be waiting
        finally:
            self._conn.close()
            self._proc.join()
            self._proc = None
            _LIVE.discard(self)
        if not ok:
            raise BriefingError(f"{self.label} failed: {value}")
        self._value = value
        return value

    def cancel(self) -> None:
        """Stop the child (the build failed elsewhere and its result is not wanted)."""
        if self._proc is not None:
            self._kill()
            self._proc.join()
            self._conn.close()
            self._proc = None
        _LIVE.discard(self)

    def _kill(self) -> None:
        """SIGKILL to the child and every process it forked."""
        try:
            os.killpg(self._proc.pid, signal.SIGKILL)
        except OSError:
            with contextlib.suppress(OSError):
                self._proc.kill()  # its group was not made yet, or is gone
