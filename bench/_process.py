"""Timing a new ``cuttings`` process to its first painted rows (shared by the benchmarks)."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

APP_DIR = Path(__file__).resolve().parents[1] / "app"

# What ``cuttings --quit-after-show`` writes on stderr when its first rows are painted
# (cuttings.ui.app.FIRST_ROWS_PAINTED: not imported, that would load Qt here).
FIRST_ROWS_PAINTED = "cuttings: first rows painted"


def time_first_rows(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Run ``command``; ms until it says its first rows are painted, ms until it exits,
    and the CPU ms it used in all (its exit waits for reads still running)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    painted = None
    with subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    ) as child:
        assert child.stderr is not None
        for line in child.stderr:
            if painted is None and line.strip() == FIRST_ROWS_PAINTED:
                painted = time.perf_counter()
        code = child.wait()
    ended = time.perf_counter()
    if code != 0 or painted is None:
        raise SystemExit(f"{' '.join(command)} exited {code} without painting its first rows")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return (painted - started) * 1000, (ended - started) * 1000, cpu * 1000


def time_window_opens(library: Path, settings: str, runs: int) -> list[tuple[float, float, float]]:
    """:func:`time_first_rows` of ``runs`` new windows of this checkout on ``library``.

    Offscreen, with throwaway settings in ``settings`` (a remembered order or
    clip would change what opens), and the bytecode cached in a folder of its
    own there, as an installed copy has it: compiling every module would add a
    few hundred ms (``PYTHONDONTWRITEBYTECODE`` is set on some machines).  One
    run first, untimed, warms that cache.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": settings}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(settings) / "pycache")
    env["PYTHONPATH"] = os.pathsep.join([str(APP_DIR), *filter(None, [env.get("PYTHONPATH")])])
    command = [sys.executable, "-m", "cuttings", "--library", str(library), "--quit-after-show"]
    time_first_rows(command, env)
    return [time_first_rows(command, env) for _ in range(runs)]
