"""What verify is doing, on standard error, once a run has lasted a while: which model (of how many), which
step, and the passes of the variance measurement.

On a terminal it is one line rewritten in place; elsewhere (CI logs, a pipe) one line per step and at most one
pass count every few seconds. Runs shorter than `delay` print nothing.
"""

from __future__ import annotations

import contextlib
import sys
import time
from typing import Any, Callable, Iterator, Optional, TextIO

DELAY = 2.0  # seconds before anything is shown
LOG_INTERVAL = 10.0  # seconds between pass counts when not on a terminal
TTY_INTERVAL = 0.1


class Progress:
    def __init__(self, stream: Optional[TextIO] = None, enabled: bool = True, delay: float = DELAY,
                 tty: Optional[bool] = None, clock: Callable[[], float] = time.monotonic):
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled
        self.delay = delay
        isatty = getattr(self.stream, "isatty", None)
        self.tty = tty if tty is not None else bool(isatty and isatty())
        self.clock = clock
        self.started = clock()
        self.label = ""
        self.step_text = ""
        self.count = ""
        self._last = float("-inf")
        self._width = 0
        self._logged_step = ""

    # -------------------------------------------------------------- what is happening
    def model(self, index: int, total: int, name: str) -> None:
        self.label = f"[{index}/{total}] {name}" if total > 1 else name
        self.step("starting")

    def step(self, text: str) -> None:
        self.step_text, self.count = text, ""
        self._show(force=True)

    def tick(self, done: int, total: int) -> None:
        self.count = f"pass {done}/{total}"
        self._show(force=done == total)

    @contextlib.contextmanager
    def passes(self, model: Any, total: int, text: str) -> Iterator[None]:
        """Count the forward passes of `model` (one per pass of the measurement) while the block runs."""
        self.step(text)
        done = [0]

        def hook(module, args):
            done[0] += 1
            self.tick(min(done[0], total), total)

        handle = model.register_forward_pre_hook(hook) if self.enabled else None
        try:
            yield
        finally:
            if handle is not None:
                handle.remove()

    def close(self) -> None:
        if self.enabled and self.tty and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0

    # -------------------------------------------------------------- showing it
    def _show(self, force: bool = False) -> None:
        if not self.enabled:
            return
        now = self.clock()
        elapsed = now - self.started
        if elapsed < self.delay:
            return
        text = f"{self.label}: {self.step_text}" + (f", {self.count}" if self.count else "") + f" ({elapsed:.0f} s)"
        if self.tty:
            if not force and now - self._last < TTY_INTERVAL:
                return
            self.stream.write("\r" + text.ljust(self._width))
            self._width = max(self._width, len(text))
        else:
            new_step = (self.label, self.step_text) != self._logged_step
            if not new_step and not force and now - self._last < LOG_INTERVAL:
                return
            self._logged_step = (self.label, self.step_text)
            self.stream.write(f"bnlint verify: {text}\n")
        self._last = now
        self.stream.flush()
