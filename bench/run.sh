#!/usr/bin/env bash
# The benchmark of issues 7 and 12: uitstroom against the cost of reading the files
# once — on one core (`xargs cat`) and on all cores (`xargs -P$(nproc) cat`), the two
# floors — and against a Python peer, at 1,000, 10,000 and 100,000 students, in one run.
#
#   bench/run.sh [--sizes "1000 10000 100000"] [--runs N] [--no-generate] [--report-only]
#
#   --sizes        the folder sizes to measure (default: all three)
#   --runs N       timed runs per command (default: 10, and 5 at 100,000 and more)
#   --no-generate  use the folders in bench/cache as they are (or BENCH_NO_GENERATE=1)
#   --report-only  measure nothing: rewrite RESULTS.md from the last run's figures (its sizes)
#
# Folders are generated once by `examples/gen-cases.rs` into bench/cache/N (gitignored)
# and reused while the generator and seed are unchanged. Writes bench/RESULTS.md.
# Needs hyperfine and GNU time; installs them from Debian packages when missing.
set -euo pipefail

cd "$(dirname "$0")/.."

SIZES="1000 10000 100000"
RUNS=""
SEED=1
TODAY=2026-11-25
NO_GENERATE="${BENCH_NO_GENERATE:-0}"
REPORT_ONLY=0

while (($#)); do
    case "$1" in
        --sizes) SIZES="$2"; shift 2 ;;
        --runs) RUNS="$2"; shift 2 ;;
        --no-generate) NO_GENERATE=1; shift ;;
        --report-only) REPORT_ONLY=1; shift ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench/run.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done

TARGET="${CARGO_TARGET_DIR:-target}"
UIT="$TARGET/release/uitstroom"
GEN="$TARGET/release/examples/gen-cases"
CACHE=bench/cache
mkdir -p "$CACHE"

# The commands, by name. Every output goes to /dev/null; the floor reads each file once.
commands_for() {
    local dir=$1
    CMD_NAMES=(floor "floor all cores" "due --all json" "due plain" "list json" check "report json"
        "show gen-000500" "python peer")
    CMDS=(
        "find $dir/students -name '*.toml' -print0 | xargs -0 cat > /dev/null"
        "find $dir/students -type f -print0 | xargs -0 -P$(nproc) cat > /dev/null"
        "$UIT --dir $dir --today $TODAY due --all --format json > /dev/null"
        "$UIT --dir $dir --today $TODAY due --format plain > /dev/null"
        "$UIT --dir $dir --today $TODAY list --format json > /dev/null"
        "$UIT --dir $dir --today $TODAY check > /dev/null"
        "$UIT --dir $dir --today $TODAY report --format json > /dev/null"
        "$UIT --dir $dir --today $TODAY show gen-000500 > /dev/null"
        "python3 bench/peer.py $dir $TODAY > /dev/null"
    )
}

# Build, install the tools, generate the folders and time everything.
measure() {
    echo "== build"
    cargo build --release
    cargo build --release --example gen-cases

    echo "== tools"
    missing=()
    command -v hyperfine > /dev/null || missing+=(hyperfine)
    [[ -x /usr/bin/time ]] || missing+=(time)
    if ((${#missing[@]})); then
        sudo=()
        [[ $(id -u) -eq 0 ]] || sudo=(sudo)
        # Package lists may be absent in a fresh container: update only when needed.
        if ! "${sudo[@]}" apt-get install -y -q "${missing[@]}"; then
            "${sudo[@]}" apt-get update -q
            "${sudo[@]}" apt-get install -y -q "${missing[@]}"
        fi
    fi
    hyperfine --version

    # A cached folder is reused only if it was completed by this generator with this seed:
    # the marker is written after the generator succeeded.
    generator_id() { sha256sum examples/gen-cases.rs src/writer.rs | sha256sum | cut -c1-16; }

    echo "== case folders"
    for n in $SIZES; do
        dir="$CACHE/$n"
        marker="$dir/.generated"
        want="n=$n seed=$SEED generator=$(generator_id)"
        if [[ -f $marker ]] && head -n1 "$marker" | grep -qx "$want"; then
            echo "$dir: cached ($(sed -n 2p "$marker"))"
            continue
        fi
        if [[ $NO_GENERATE == 1 ]]; then
            [[ -d $dir/students ]] || { echo "$dir is missing and --no-generate was given" >&2; exit 1; }
            echo "$dir: used as it is (--no-generate)"
            continue
        fi
        rm -rf "$dir"
        summary=$("$GEN" "$n" "$dir" --seed "$SEED")
        echo "$summary"
        printf '%s\n%s\n' "$want" "$summary" > "$marker"
    done

    # What was measured, for RESULTS.md (which --report-only may write later).
    dirty=""
    [[ -z $(git status --porcelain --untracked-files=no 2> /dev/null) ]] || dirty=" (with uncommitted changes)"
    printf 'date\t%s\ncommit\t%s%s\nsizes\t%s\n' "$(date '+%Y-%m-%d %H:%M %Z')" \
        "$(git rev-parse --short HEAD 2> /dev/null || echo '?')" "$dirty" "$SIZES" > "$CACHE/run-info.tsv"

    for n in $SIZES; do
        dir="$CACHE/$n"
        commands_for "$dir"
        runs=${RUNS:-$((n >= 100000 ? 5 : 10))}
        echo "== $n students: hyperfine, $runs runs"
        args=()
        for i in "${!CMDS[@]}"; do
            args+=(--command-name "${CMD_NAMES[$i]}" "${CMDS[$i]}")
        done
        # --ignore-failure: a failing command is reported in RESULTS.md, not a lost run.
        hyperfine --warmup 1 --runs "$runs" --ignore-failure --style basic \
            --export-json "$CACHE/hyperfine-$n.json" "${args[@]}"

        echo "== $n students: peak RSS"
        : > "$CACHE/rss-$n.tsv"
        for i in "${!CMDS[@]}"; do
            [[ ${CMD_NAMES[$i]} == floor* ]] && continue
            /usr/bin/time -f %M -o "$CACHE/rss.tmp" bash -c "${CMDS[$i]}" || true
            printf '%s\t%s\n' "${CMD_NAMES[$i]}" "$(tail -n1 "$CACHE/rss.tmp")" >> "$CACHE/rss-$n.tsv"
        done
        rm -f "$CACHE/rss.tmp"
    done

    # The ratios to both floors, in alternating runs at the largest size (bench/floors.py).
    largest=${SIZES##* }
    commands_for DIR
    for i in "${!CMDS[@]}"; do printf '%s\t%s\n' "${CMD_NAMES[$i]}" "${CMDS[$i]}"; done > "$CACHE/commands.tsv"
    echo "== $largest students: ratios to both floors in alternating runs"
    python3 bench/floors.py "$CACHE/$largest" "$CACHE/commands.tsv" > "$CACHE/floors.tsv"
    cat "$CACHE/floors.tsv"

    # Linear growth is measured in alternating pairs (see bench/scaling.py).
    rm -f "$CACHE/scaling.tsv"
    if [[ " $SIZES " == *" 10000 "* && " $SIZES " == *" 100000 "* ]]; then
        echo "== linear growth: 10,000 and 100,000 students in alternating pairs"
        commands_for DIR
        for i in "${!CMDS[@]}"; do printf '%s\t%s\n' "${CMD_NAMES[$i]}" "${CMDS[$i]}"; done > "$CACHE/commands.tsv"
        python3 bench/scaling.py "$CACHE" "$CACHE/commands.tsv" > "$CACHE/scaling.tsv"
        cat "$CACHE/scaling.tsv"
    fi
}

if [[ $REPORT_ONLY == 1 ]]; then
    # Only the sizes of one run: RESULTS.md compares figures measured together.
    SIZES=$(sed -n 's/^sizes\t//p' "$CACHE/run-info.tsv" 2> /dev/null || true)
    [[ -n $SIZES ]] || { echo "bench/run.sh: nothing measured yet in $CACHE" >&2; exit 1; }
else
    measure
fi

echo "== bench/RESULTS.md"
# The command lines as templates, for RESULTS.md.
commands_for DIR
for i in "${!CMDS[@]}"; do printf '%s\t%s\n' "${CMD_NAMES[$i]}" "${CMDS[$i]}"; done > "$CACHE/commands.tsv"
python3 - "$CACHE" $SIZES <<'PY'
"""Turns hyperfine's JSON and the RSS figures into bench/RESULTS.md."""
import json, os, platform, re, subprocess, sys

cache, sizes = sys.argv[1], [int(n) for n in sys.argv[2:]]


def sh(cmd):
    return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()


info = dict(l.rstrip("\n").split("\t", 1) for l in open(f"{cache}/run-info.tsv") if "\t" in l)
cpu = re.search(r"model name\s*:\s*(.*)", open("/proc/cpuinfo").read())
mem = int(re.search(r"MemTotal:\s*(\d+)", open("/proc/meminfo").read()).group(1))
out = ["# Benchmark results", "",
       "Written by `bench/run.sh` (issues 7 and 12); all sizes below were measured in one run.", "",
       "## Machine", "",
       f"- date: {info.get('date', '?')}",
       f"- CPU: {cpu.group(1) if cpu else 'unknown'}, {os.cpu_count()} logical cores (nproc {sh('nproc')})",
       f"- memory: {mem / 1024 / 1024:.1f} GiB",
       f"- kernel: {platform.system()} {platform.release()}",
       f"- {sh('rustc --version')}; {sh('hyperfine --version')}; Python {platform.python_version()}",
       f"- uitstroom at commit {info.get('commit', '?')}",
       "", "## Commands", "",
       "Per size, one `hyperfine --warmup 1 --runs R --ignore-failure` invocation over the",
       "commands below (`DIR` = `bench/cache/N`); peak RSS from `/usr/bin/time -f %M`, one run each",
       "after the timing. The floors read every student file once through the page cache: on one",
       "core (`xargs cat`) and on all cores (`xargs -P$(nproc) cat`, as uitstroom reads).", "",
       "```sh"]
out += [line.split("\t", 1)[1].rstrip("\n") for line in open(f"{cache}/commands.tsv")]
out += ["```"]

med, rss = {}, {}
for n in sizes:
    results = json.load(open(f"{cache}/hyperfine-{n}.json"))["results"]
    rss_n = dict(l.rstrip("\n").split("\t") for l in open(f"{cache}/rss-{n}.tsv") if "\t" in l)
    marker = open(f"{cache}/{n}/.generated").read().splitlines() if os.path.exists(f"{cache}/{n}/.generated") else []
    floor = next(r["median"] for r in results if r["command"] == "floor")
    floor_all = next(r["median"] for r in results if r["command"] == "floor all cores")
    out += ["", f"## {n:,} students", ""]
    if len(marker) > 1:
        out += [f"Folder: {marker[1].removeprefix('gen-cases: ')}.", ""]
    out += ["| command | median s | ± stddev | ratio to 1-core floor | ratio to all-cores floor | peak RSS MiB | failed runs |",
            "|---|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        name = r["command"]
        kib = rss_n.get(name, "")
        mib = f"{int(kib) / 1024:.1f}" if kib.isdigit() else "—"
        failed = sum(1 for c in r.get("exit_codes", []) if c) if "exit_codes" in r else "?"
        out.append(f"| `{name}` | {r['median']:.3f} | {r['stddev'] or 0:.3f} | "
                   f"{r['median'] / floor:.2f}× | {r['median'] / floor_all:.2f}× | {mib} | {failed} |")
        med[(n, name)] = r["median"]
        if kib.isdigit():
            rss[(n, name)] = int(kib) / 1024

# Ratios to both floors from alternating runs (bench/floors.py): hyperfine runs one
# command after the other, and on a shared machine the speed drifts in between.
paired_floors = {}
try:
    for line in open(f"{cache}/floors.tsv"):
        name, *vals = line.rstrip("\n").split("\t")
        paired_floors[name] = [float(v) for v in vals]
except FileNotFoundError:
    pass
if paired_floors:
    largest = sizes[-1]
    out += ["", f"## Ratios to the floors in alternating runs, {largest:,} students", "",
            "Each command ran alternately with both floors (floor, all-cores floor, command), "
            "seven rounds after a warm-up round; the ratio is of the medians, and the range "
            "is of the seven rounds' own ratios, which shows the noise of the shared machine.", "",
            "| command | median s | ratio to 1-core floor | ratio to all-cores floor | range of the rounds (all cores) |",
            "|---|---:|---:|---:|---:|"]
    for name, (t, r1, ra, lo, hi) in paired_floors.items():
        out.append(f"| `{name}` | {t:.3f} | {r1:.2f}× | {ra:.2f}× | {lo:.2f}–{hi:.2f}× |")

# The targets of issue 7 are set at 100,000 students; smaller sizes are shown for trend.
out += ["", "## Targets of issues 7 and 12", "",
        "Ratios are to the floor of the same size in this run; the targets apply at 100,000.", "",
        "| check | size | measured | target | result |", "|---|---:|---:|---:|---|"]


def row(what, size, value, target, ok, unit=""):
    out.append(f"| {what} | {size} | {value}{unit} | {target}{unit} | {'PASS' if ok else 'FAIL'} |")


for n in sizes:
    fl = med[(n, "floor")]
    for name, limit in [("due --all json", 1.3), ("due plain", 1.5), ("list json", 1.5), ("check", 2.0)]:
        ratio = med[(n, name)] / fl
        row(f"`{name}` ≤ {limit}× floor", f"{n:,}", f"{ratio:.2f}×", f"{limit}×", ratio <= limit)
    fa = med[(n, "floor all cores")]
    for name, limit in [("due --all json", 1.2), ("report json", 1.5)]:
        ratio = med[(n, name)] / fa
        row(f"`{name}` ≤ {limit}× all-cores floor", f"{n:,}", f"{ratio:.2f}×", f"{limit}×", ratio <= limit)
    peer = med[(n, "python peer")] / med[(n, "due --all json")]
    row("`due --all json` ≥ 10× faster than the peer", f"{n:,}", f"{peer:.1f}×", "10×", peer >= 10)
    if (n, "due --all json") in rss:
        m = rss[(n, "due --all json")]
        row("peak RSS of `due --all json` ≤ 64 MiB", f"{n:,}", f"{m:.1f}", "64", m <= 64, " MiB")
if (1000, "show gen-000500") in med and (100000, "show gen-000500") in med:
    r = med[(100000, "show gen-000500")] / med[(1000, "show gen-000500")]
    row("`show` at 100,000 ≤ 1.2× `show` at 1,000", "100,000 / 1,000", f"{r:.2f}×", "1.2×", r <= 1.2)
else:
    out.append("| `show` at 100,000 ≤ 1.2× `show` at 1,000 | — | not measured in this run | 1.2× | — |")
paired = {}
try:
    for line in open(f"{cache}/scaling.tsv"):
        name, t10, t100 = line.rstrip("\n").split("\t")
        paired[name] = float(t100) / float(t10)
except FileNotFoundError:
    pass
for name, limit in [("due --all json", 1.2), ("report json", 1.5)]:
    if name in paired_floors:
        r = paired_floors[name][2]
        row(f"`{name}` ≤ {limit}× all-cores floor (alternating runs)", f"{sizes[-1]:,}", f"{r:.2f}×", f"{limit}×", r <= limit)
if paired:
    for name in ["due --all json", "due plain", "list json", "check", "report json"]:
        r = paired[name]
        row(f"`{name}`: 100,000 ≤ 11× 10,000 (paired runs)", "100,000 / 10,000", f"{r:.2f}×", "11×", r <= 11)
    if "floor" in paired:
        out.append(f"| the floor's own growth, for comparison | 100,000 / 10,000 | {paired['floor']:.2f}× | — | — |")
    if (10000, "floor") in med and (100000, "floor") in med:
        seq = ", ".join(f"{n} {med[(100000, n)] / med[(10000, n)]:.2f}×"
                        for n in ["floor", "due --all json", "due plain", "list json", "check", "report json"])
        out.append(f"| the same from the hyperfine medians above (minutes apart) | 100,000 / 10,000 | {seq} | — | — |")
else:
    out.append("| linear growth: 100,000 ≤ 11× 10,000 | — | not measured in this run | 11× | — |")

if paired:
    out += ["", "Linear growth is timed in alternating pairs, 10,000 then 100,000 students, six pairs",
            "after a warm-up pair (`bench/scaling.py`): the sizes' hyperfine runs are minutes apart",
            "and the machine's speed drifts in between."]

if any(m < 0.005 for m in med.values()):
    out += ["", "Commands under 5 ms (`show`) are below what hyperfine can separate from the cost of",
            "starting the shell; their medians and the `show` ratio are approximate."]

open("bench/RESULTS.md", "w").write("\n".join(out) + "\n")
print("\n".join(out))
PY
