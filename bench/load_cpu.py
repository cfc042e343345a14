"""Whose CPU the load test used: ``python bench/load_cpu.py ROOT_PID POSTMASTER_PID``.

Samples /proc every second until it is stopped (SIGTERM or SIGINT), then prints the CPU
seconds each part of the run used while it sampled: the web servers (gunicorn), the task
workers (``db_worker`` and what they start), PostgreSQL (the postmaster and its backends),
moto's S3 server, locust, and everything else on the machine (other people's processes), each
also as a share of the machine's cores. A process counts as the run's when it descends from
ROOT_PID (bench/run-load) or from the postmaster. Processes shorter than a second may be
missed; their CPU then shows in "other".
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK")
PARTS = ("web", "workers", "database", "s3", "locust", "rest of the run", "other")


def _processes() -> dict[int, tuple[int, float, str]]:
    """Every process's parent, CPU seconds so far, and command line."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        cpu = (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime
        found[int(entry.name)] = (int(fields[1]), cpu, command)
    return found


def _machine_cpu() -> float:
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    busy = sum(int(f) for f in fields) - int(fields[3]) - int(fields[4])  # minus idle, iowait
    return busy / TICKS


MARKERS = (
    ("gunicorn", "web"),
    ("db_worker", "workers"),
    ("moto_server", "s3"),
    ("locust", "locust"),
)


def _part(pid: int, table: dict[int, tuple[int, float, str]], root: int, postmaster: int) -> str:
    """The part of the run a process belongs to: the first marker found in its own command line
    or its ancestors' (a report a worker renders in a child process is the workers')."""
    chain, current = [], pid
    while current in table and current not in chain:
        chain.append(current)
        if current == postmaster:
            return "database"
        if current == root:
            break
        current = table[current][0]
    else:
        return "other"
    for member in chain:
        for marker, part in MARKERS:
            if marker in table[member][2]:
                return part
    return "rest of the run"


def main() -> None:
    root, postmaster = int(sys.argv[1]), int(sys.argv[2])
    first: dict[int, float] = {}
    last: dict[int, tuple[str, float]] = {}
    start_machine, start = _machine_cpu(), time.monotonic()
    stopped = []
    signal.signal(signal.SIGTERM, lambda *_: stopped.append(1))
    signal.signal(signal.SIGINT, lambda *_: stopped.append(1))
    born_before = set(_processes())
    while not stopped:
        table = _processes()
        for pid, (_parent, cpu, _command) in table.items():
            if pid not in first:
                first[pid] = cpu if pid in born_before else 0.0
            part = last[pid][0] if pid in last else _part(pid, table, root, postmaster)
            last[pid] = (part, cpu)
        time.sleep(1)
    elapsed, machine = time.monotonic() - start, _machine_cpu() - start_machine
    used = dict.fromkeys(PARTS, 0.0)
    for pid, (part, cpu) in last.items():
        used[part] += cpu - first[pid]
    used["other"] = max(0.0, machine - sum(v for k, v in used.items() if k != "other"))
    cores = os.cpu_count() or 1
    print(f"CPU during the run ({elapsed:.0f} s, {cores} cores = {cores * elapsed:.0f} CPU s):")
    for part in PARTS:
        share = used[part] / (cores * elapsed)
        print(f"  {part:<16} {used[part]:>7.1f} CPU s  {100 * share:>5.1f} % of the machine")
    idle = max(0.0, cores * elapsed - machine)
    print(f"  {'idle':<16} {idle:>7.1f} CPU s  {100 * idle / (cores * elapsed):>5.1f} %")


if __name__ == "__main__":
    main()
