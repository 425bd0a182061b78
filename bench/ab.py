#!/usr/bin/env python3
"""Interleaved A/B timing with hyperfine: each round times every command a few runs, in
alternating order, so that a busy spell of the shared machine falls on all of them alike.

    python3 bench/ab.py [--rounds 10] [--runs 3] [--warmup 1] [--prepare CMD] NAME=COMMAND NAME=COMMAND ...

Prints, per command, the 10th percentile and the median of the wall time and the mean CPU time
(user + system) over all runs, and each command's ratio to the first; the load average before and
after.
"""
import argparse
import json
import os
import statistics
import subprocess
import tempfile


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--prepare", default=None)
    parser.add_argument("commands", nargs="+", help="NAME=COMMAND")
    args = parser.parse_args()
    commands = [c.split("=", 1) for c in args.commands]
    wall = {name: [] for name, _ in commands}
    cpu = {name: [] for name, _ in commands}
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as scratch:
        for r in range(args.rounds):
            order = commands if r % 2 == 0 else list(reversed(commands))
            out = os.path.join(scratch, f"round-{r}.json")
            cmd = ["hyperfine", "-N", "--style", "none", "--runs", str(args.runs),
                   "--warmup", str(args.warmup if r == 0 else 0), "--export-json", out]
            if args.prepare:
                cmd += ["--prepare", args.prepare]
            for name, command in order:
                cmd += ["-n", name, command]
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            with open(out) as f:
                for result in json.load(f)["results"]:
                    wall[result["command"]] += result["times"]
                    cpu[result["command"]].append(result["user"] + result["system"])
    load_after = os.getloadavg()
    first = commands[0][0]
    base_median = statistics.median(wall[first])
    base_cpu = statistics.mean(cpu[first])
    print(f"load average before {load_before[0]:.2f} {load_before[1]:.2f}, after {load_after[0]:.2f} {load_after[1]:.2f}; "
          f"{args.rounds} rounds × {args.runs} runs")
    base_low = low(wall[first])
    print("| command | 10th percentile wall | median wall | mean CPU | low / first | median / first | CPU / first |")
    print("|:---|---:|---:|---:|---:|---:|---:|")
    for name, _ in commands:
        median = statistics.median(wall[name])
        c = statistics.mean(cpu[name])
        print(f"| {name} | {fmt(low(wall[name]))} | {fmt(median)} | {fmt(c)} | "
              f"{low(wall[name]) / base_low:.3f} | {median / base_median:.3f} | {c / base_cpu:.3f} |")


def low(times):
    """The 10th percentile: on a shared machine the other work only ever adds time, so the low
    runs are the ones nearest to what the command itself takes."""
    return statistics.quantiles(times, n=10)[0]


def fmt(seconds):
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.3f} s"


if __name__ == "__main__":
    main()
