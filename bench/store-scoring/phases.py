#!/usr/bin/env python3
"""Runs `uptake score` on a pseudo-terminal and times its progress bar's phases.

The bar (ConsoleKit) is drawn only when standard output is a terminal, so the command is given one. The
output is read as it comes; the first time each phase title appears marks the start of that phase, and
each distinct bar fill seen counts as one visible step.
Prints one line: reading, scoring and writing seconds, and the distinct fills seen per phase.

Usage: phases.py UPTAKE [ARGS...]
"""
import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
import time

TITLES = ["Reading leads", "Scoring leads", "Writing scores"]


def main() -> None:
    primary, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    start = time.monotonic()
    process = subprocess.Popen(sys.argv[1:], stdout=secondary, stderr=subprocess.DEVNULL, close_fds=True)
    os.close(secondary)
    seen: dict[str, float] = {}
    fills: dict[str, set[int]] = {title: set() for title in TITLES}
    current = None
    buffer = ""
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        now = time.monotonic() - start
        buffer += chunk.decode("utf-8", "replace")
        # Each redraw is "TITLE [====    ]"; keep the unfinished tail for the next read.
        plain = re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", buffer)
        for match in re.finditer(r"(Reading leads|Scoring leads|Writing scores) \[(=*) *\]", plain):
            title, bar = match.group(1), match.group(2)
            seen.setdefault(title, now)
            fills[title].add(len(bar))
            current = title
        buffer = buffer[-400:]
    process.wait()
    end = time.monotonic() - start
    if process.returncode != 0:
        sys.exit(f"error: {' '.join(sys.argv[1:])} exited with {process.returncode}")
    marks = [seen.get(title) for title in TITLES] + [end]
    if any(mark is None for mark in marks):
        sys.exit(f"error: not every phase was shown (seen: {sorted(seen)}; last: {current})")
    durations = [marks[i + 1] - marks[i] for i in range(3)]
    print("\t".join(f"{d:.2f}" for d in durations) + "\t" + "\t".join(str(len(fills[t])) for t in TITLES)
          + f"\t{end:.2f}")


if __name__ == "__main__":
    main()
