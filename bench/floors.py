#!/usr/bin/env python3
"""The ratios of each command to both floors, measured in alternating runs (issue 12:
`due --all --format json` within 1.2x and `report --format json` within 1.5x the time
of reading every file once on all cores).

    python3 bench/floors.py DIR COMMANDS_TSV > CACHE/floors.tsv

hyperfine runs one command after the other; on a machine shared with others who
compile, the speed drifts by tens of percent between them. Here each command runs in
rounds with the two floors — one-core floor, all-cores floor, command — seven rounds
after a warm-up round, so drift hits all three alike. Prints per command: its median,
its ratio to the one-core and to the all-cores floor (ratios of medians), and the
lowest and highest ratio of a single round to the all-cores floor (the noise).
"""
import statistics
import subprocess
import sys
import time

folder, commands_tsv = sys.argv[1], sys.argv[2]
commands = dict(line.rstrip("\n").split("\t", 1) for line in open(commands_tsv))
ROUNDS = 7


def timed(template):
    start = time.perf_counter()
    subprocess.run(template.replace("DIR", folder), shell=True, check=False)
    return time.perf_counter() - start


for name, template in commands.items():
    if name.startswith("floor") or name in ("show gen-000500", "python peer"):
        continue
    one, every, cmd = [], [], []
    for i in range(ROUNDS + 1):
        t1, ta, tc = timed(commands["floor"]), timed(commands["floor all cores"]), timed(template)
        if i > 0:  # the first round warms the caches
            one.append(t1)
            every.append(ta)
            cmd.append(tc)
    m = statistics.median(cmd)
    rounds = [c / a for c, a in zip(cmd, every)]
    print(
        f"{name}\t{m:.4f}\t{m / statistics.median(one):.4f}\t{m / statistics.median(every):.4f}"
        f"\t{min(rounds):.4f}\t{max(rounds):.4f}",
        flush=True,
    )
