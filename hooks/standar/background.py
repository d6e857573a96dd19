"""Rendering work done ahead in a worker process while the site generator does its own.

The SOP sheets (flowchart layout, QR code) are most of what we add to a build. The generator
renders its templates on one core; a forked worker renders the sheets on another, a window of
pages ahead of the order in which the generator will ask for them, so that finished sheets wait
in memory only briefly. The worker runs the same function on a copy of the same data, so the
pages are identical to those rendered in one process (a test compares them).
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.pool
import os
from collections import deque
from typing import Callable

_render: Callable | None = None  # the forked worker's function, inherited rather than pickled


def _work(keys: list) -> list:
    return [(key, _render(key)) for key in keys]


class Ahead:
    """``get(key)`` returns ``render(key)``; keys asked for in ``order`` are rendered ahead by
    ``workers`` processes (default: all cores but one; none means render on demand)."""

    def __init__(self, render: Callable, order: list, workers: int | None = None,
                 window: int = 256, chunk: int = 8):
        self.render, self.window, self.chunk = render, window, chunk
        self.queue = deque(order)
        self.results: dict = {}        # key -> rendered value, or the pending AsyncResult of its chunk
        self.served: set = set()       # asked for before the worker reached them
        self.pool = None
        if workers is None:
            workers = (os.cpu_count() or 1) - 1
        if workers > 0 and self.queue and "fork" in multiprocessing.get_all_start_methods():
            global _render
            _render = render
            gc.freeze()  # the worker's copy stays shared: its collector does not touch old objects
            self.pool = multiprocessing.get_context("fork").Pool(workers)
            self._refill()

    def _refill(self) -> None:
        while self.queue and len(self.results) < self.window:
            keys = []
            while self.queue and len(keys) < self.chunk:
                key = self.queue.popleft()
                if key not in self.results and key not in self.served:
                    keys.append(key)
            if keys:
                pending = self.pool.apply_async(_work, (keys,))
                self.results.update(dict.fromkeys(keys, pending))

    def get(self, key):
        value = self.results.pop(key, None)
        if value is None:  # not planned, not reached yet, or no worker
            self.served.add(key)
            return self.render(key)
        if isinstance(value, multiprocessing.pool.AsyncResult):
            chunk = dict(value.get())
            for other in chunk:
                if self.results.get(other) is value:
                    self.results[other] = chunk[other]
            value = chunk[key]
        self._refill()
        return value

    def close(self) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None
            gc.unfreeze()
        self.results.clear()
