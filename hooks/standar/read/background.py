"""Rendering work done ahead in a worker process while the site generator does its own.

The SOP sheets (flowchart layout, QR code) are most of what we add to a build. The generator
renders its templates on one core; a forked worker renders the sheets on another, a window of
pages ahead of the order in which the generator will ask for them, so that finished sheets wait
in memory only briefly. Where the worker falls behind (dense flowcharts, page after page of
SOPs), the generator renders the sheet it needs itself rather than wait: every key is taken
once, by whichever process reaches it first (a shared flag per key), so no sheet is rendered
twice. The worker runs the same function on a copy of the same data, so the pages are
identical to those rendered in one process (a test compares them). If a worker dies (out of
memory, killed), the rest is rendered in this process: slower, never different.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable

_render: Callable | None = None  # the forked worker's function, inherited rather than pickled
_taken = None  # shared flags, one per planned key: rendered (or being rendered) by someone


def _take(index: int) -> bool:
    """Take key ``index`` for this process: False when the other process has taken it."""
    lock = _taken.get_lock()
    if not lock.acquire(timeout=5):  # a worker killed while holding it: as if it had the key
        return False                 # (its chunk then fails and the key is rendered here)
    try:
        if _taken[index]:
            return False
        _taken[index] = 1
        return True
    finally:
        lock.release()


def _work(keys: list) -> list:
    """The chunk's (key, rendered) pairs, without the keys the generator took meanwhile. From
    the chunk's end: a generator that reaches the chunk first takes it from the start, and the
    two meet in the middle instead of the generator waiting for the whole chunk."""
    return [(key, _render(key)) for index, key in reversed(keys) if _take(index)]


def fork_pool(workers: int) -> ProcessPoolExecutor | None:
    """Worker processes that inherit this process's data (fork); None where fork is missing."""
    if workers < 1 or "fork" not in multiprocessing.get_all_start_methods():
        return None
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))


class Ahead:
    """``get(key)`` returns ``render(key)``; keys asked for in ``order`` are rendered ahead by
    ``workers`` processes (default: one, on a machine with more than one core; 0 means render
    on demand). A key whose turn the worker has not reached yet when it is asked for is rendered
    here, and the worker skips it. ``window``: how many keys may be rendered ahead of the
    generator (a dense SOP sheet is about 26 KB: some 30 MB at most), enough for the worker to
    use its head start while the generator plans and converts the pages."""

    def __init__(self, render: Callable, order: list, workers: int | None = None,
                 window: int = 1024, chunk: int = 8):
        self.render, self.window, self.chunk = render, window, chunk
        self.index = {key: index for index, key in enumerate(dict.fromkeys(order))}
        self.queue = deque(self.index)
        self.results: dict = {}        # key -> rendered value, or the Future of its chunk
        self.served: set = set()       # asked for before the worker reached them
        if workers is None:
            workers = min(1, (os.cpu_count() or 1) - 1)
        self.pool = fork_pool(workers) if self.queue else None
        if self.pool is not None:
            global _render, _taken
            _render = render
            _taken = multiprocessing.get_context("fork").Array("b", len(self.index))
            gc.freeze()  # the worker's copy stays shared: its collector does not touch old objects
            self._refill()

    def _refill(self) -> None:
        while self.pool is not None and self.queue and len(self.results) < self.window:
            keys = []
            while self.queue and len(keys) < self.chunk:
                key = self.queue.popleft()
                if key not in self.results and key not in self.served:
                    keys.append(key)
            if keys:
                pending = self.pool.submit(_work, [(self.index[key], key) for key in keys])
                self.results.update(dict.fromkeys(keys, pending))

    def get(self, key):
        value = self.results.pop(key, None)
        if isinstance(value, Future):
            if not value.done() and _take(self.index[key]):
                value = None  # the worker is behind: render it here (the worker will skip it)
            else:
                try:
                    chunk = dict(value.result())
                except BrokenProcessPool:
                    self.close()
                    value = None
                else:
                    for other in chunk:
                        if self.results.get(other) is value:
                            self.results[other] = chunk[other]
                    value = chunk[key]
        if value is None:  # not planned, not reached yet, no worker, the worker died or is behind
            self.served.add(key)
            self._refill()
            return self.render(key)
        self._refill()
        return value

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
            gc.unfreeze()
        self.results.clear()
        self.queue.clear()
