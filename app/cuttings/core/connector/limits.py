"""A token bucket: how the endpoint keeps a flood of requests from costing anything."""

import threading
import time


class RateLimit:
    """Up to ``burst`` requests at once, then ``per_second`` on average."""

    def __init__(self, burst: int, per_second: float) -> None:
        self._burst = float(burst)
        self._rate = per_second
        self._level = float(burst)
        self._last = time.monotonic()
        self._lock = threading.Lock()

    def allow(self) -> bool:
        with self._lock:
            now = time.monotonic()
            self._level = min(self._burst, self._level + (now - self._last) * self._rate)
            self._last = now
            if self._level < 1:
                return False
            self._level -= 1
            return True
