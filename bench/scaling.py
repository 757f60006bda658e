#!/usr/bin/env python3
"""Linear growth, measured in pairs (issue 7: 100,000 students <= 11x 10,000).

    python3 bench/scaling.py CACHE COMMANDS_TSV > CACHE/scaling.tsv

hyperfine measures one size after the other, minutes apart; on a shared machine the
speed drifts in between, and a ratio of two such medians moved from 10x to 13x between
runs (the floor's own from 10x to 12x). Here each command runs at 10,000 and at 100,000
students alternately, six pairs after a warm-up pair, and the ratio is of the medians
of the pairs: drift hits both sizes alike. Prints name, median at 10k, median at 100k.
"""
import statistics
import subprocess
import sys
import time

cache, commands_tsv = sys.argv[1], sys.argv[2]
commands = [line.rstrip("\n").split("\t", 1) for line in open(commands_tsv)]


def timed(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, shell=True, check=False)
    return time.perf_counter() - start


for name, template in commands:
    if name in ("show gen-000500", "python peer"):
        continue
    small, large = [], []
    for i in range(7):
        t10 = timed(template.replace("DIR", f"{cache}/10000"))
        t100 = timed(template.replace("DIR", f"{cache}/100000"))
        if i > 0:  # the first pair warms the caches
            small.append(t10)
            large.append(t100)
    print(f"{name}\t{statistics.median(small):.4f}\t{statistics.median(large):.4f}", flush=True)
