"""When a clip is re-checked: a decaying schedule after clipping, and the statuses.

News articles change most in their first hours, so re-checks follow steps
counted from the moment of clipping (1 hour, 6 hours, 1 day, 3 days, 7 days,
30 days by default) and stop after the last one.  A check made late (the
window was closed for a week) counts for every step it passed: the next one
is the first step still ahead.  The time of the next check is stored per clip
(``clip_checks.next_check``), so the schedule resumes after a restart; a clip
never checked is due once its first step has passed.
"""

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from cuttings.core.errors import CuttingsError

# What a clip's last re-check found (clips.status).
OK, REMOVED, REDIRECTED, WALLED = "ok", "removed", "redirected", "walled"
STATUSES = (OK, REMOVED, REDIRECTED, WALLED)

DEFAULT_STEPS = "1h,6h,1d,3d,7d,30d"
_UNITS = {"m": timedelta(minutes=1), "h": timedelta(hours=1), "d": timedelta(days=1)}
_STEP = re.compile(r"(\d+)\s*([mhd])")


@dataclass(frozen=True, slots=True)
class Schedule:
    """The steps after clipping at which a clip is re-checked (none: switched off)."""

    steps: tuple[timedelta, ...]

    @classmethod
    def parse(cls, text: str, *, ascending: bool = False) -> "Schedule":
        """``"1h,6h,1d,3d,7d,30d"`` (minutes, hours, days) or ``"off"``.

        Steps are sorted, unless ``ascending`` asks for them in order already
        (what a person typed: "1d,6h" is more likely a slip than a wish).
        """
        typed = text.strip().lower()
        if typed in ("off", "none", ""):
            return cls(())
        steps: list[timedelta] = []
        for part in typed.split(","):
            match = _STEP.fullmatch(part.strip())
            if not match or int(match[1]) == 0:
                raise CuttingsError(
                    f"cannot read the re-check step {part.strip()!r}: "
                    "write steps such as 1h,6h,1d,3d,7d,30d, or off"
                )
            step = int(match[1]) * _UNITS[match[2]]
            if ascending and steps and step <= steps[-1]:
                raise CuttingsError(
                    f"the re-check step {part.strip()!r} must come after "
                    f"{_step_text(steps[-1])}: write the steps from the soonest to the latest"
                )
            steps.append(step)
        return cls(tuple(sorted(set(steps))))

    @property
    def enabled(self) -> bool:
        return bool(self.steps)

    def next_check(self, clipped_at: datetime, now: datetime) -> datetime | None:
        """The first step still ahead of ``now`` for a clip clipped at ``clipped_at``."""
        for step in self.steps:
            if clipped_at + step > now:
                return clipped_at + step
        return None

    def describe(self) -> str:
        return ",".join(_step_text(step) for step in self.steps) or "off"


def _step_text(step: timedelta) -> str:
    minutes = int(step.total_seconds() // 60)
    if minutes % (24 * 60) == 0:
        return f"{minutes // (24 * 60)}d"
    if minutes % 60 == 0:
        return f"{minutes // 60}h"
    return f"{minutes}m"


DEFAULT_SCHEDULE = Schedule.parse(DEFAULT_STEPS)
