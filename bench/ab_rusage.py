#!/usr/bin/env python3
"""Interleaved A/B timing with /usr/bin/time, for what hyperfine does not report: each round runs
every command once, in alternating order, so that a busy spell of the shared machine falls on all
of them alike; each run's wall time, CPU time (user + system), page faults and peak memory are kept.

    python3 bench/ab_rusage.py ROUNDS NAME='COMMAND' NAME='COMMAND' ...

A variant with its own environment: NAME='env DOTNET_GCgen0size=2000000 bench/out/plangen-aot/plangen ...'.
Prints, per command, the median and lowest wall time, the mean, median and lowest CPU time, the
median page faults and peak memory, and the ratios to the first command.
"""
import os
import shlex
import statistics
import subprocess
import sys


def main():
    rounds = int(sys.argv[1])
    commands = [a.split("=", 1) for a in sys.argv[2:]]
    runs = {name: [] for name, _ in commands}
    load_before = os.getloadavg()
    for r in range(rounds):
        for name, command in (commands if r % 2 == 0 else commands[::-1]):
            done = subprocess.run(["/usr/bin/time", "-f", "@@ %e %U %S %R %M"] + shlex.split(command),
                                  capture_output=True, text=True)
            line = [l for l in done.stderr.splitlines() if l.startswith("@@ ")]
            if done.returncode != 0 or not line:
                sys.exit(f"{name} failed ({done.returncode}): {done.stderr[-500:]}")
            wall, user, system, faults, peak_kb = line[-1].split()[1:]
            runs[name].append((float(wall), float(user) + float(system), int(faults), int(peak_kb)))
    load_after = os.getloadavg()
    print(f"load average {load_before[0]:.1f} before, {load_after[0]:.1f} after; {rounds} rounds, interleaved")
    print("| command | median wall | lowest wall | mean CPU | median CPU | lowest CPU | page faults | peak MB "
          "| wall / first | CPU / first (mean) | CPU / first (median) |")
    print("|:--|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
    first = commands[0][0]

    def median(name, i):
        return statistics.median(run[i] for run in runs[name])

    def mean(name, i):
        return statistics.mean(run[i] for run in runs[name])

    def ratio(a, b):
        return f"{a / b:.3f}" if b else "–"

    for name, _ in commands:
        lowest = [min(run[i] for run in runs[name]) for i in range(2)]
        print(f"| {name} | {median(name, 0):.3f} | {lowest[0]:.3f} | {mean(name, 1):.3f} | {median(name, 1):.3f} "
              f"| {lowest[1]:.3f} | {median(name, 2):.0f} | {median(name, 3) / 1024:.0f} "
              f"| {ratio(median(name, 0), median(first, 0))} | {ratio(mean(name, 1), mean(first, 1))} "
              f"| {ratio(median(name, 1), median(first, 1))} |")


if __name__ == "__main__":
    main()
