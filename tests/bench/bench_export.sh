#!/bin/sh
# Whole-process time of `archscape export` beside `dot -Tsvg` on the same graph (written with
# Graphviz's agwrite by export_writedot). Each pair runs interleaved (archscape, dot, archscape,
# dot, ...) after one warm-up run, so both see the same machine load; the table gives the median
# wall time and the median CPU time (user + system, child processes included) of RUNS runs each.
# CPU time is the steadier figure on a shared machine.
#
# Generated diagrams: four-plane graphs of 200 and 1000 nodes written as Mermaid by
# /work/shared/bench/gen_large.py (or $GEN_LARGE), exported with `archscape export --input`;
# dot lays out the graph that command lays out. The 1000-node pair runs RUNS/4 times (at least 3).
#
# Usage: tests/bench/bench_export.sh [BUILD_DIR] [RUNS]   (default build, 21)
set -eu
build=${1:-build}
runs=${2:-21}
archscape="$build/app/archscape"
writedot="$build/tests/bench/export_writedot"
gen_large=${GEN_LARGE:-/work/shared/bench/gen_large.py}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for tool in "$archscape" "$writedot"; do
    [ -x "$tool" ] || { echo "bench_export: $tool is missing; build the project first" >&2; exit 1; }
done
command -v dot >/dev/null || { echo "bench_export: Graphviz dot is missing" >&2; exit 1; }
command -v python3 >/dev/null || { echo "bench_export: python3 is missing" >&2; exit 1; }
export QT_QPA_PLATFORM=offscreen

# time_runs RUNS LABEL1 CMD1... [-- LABEL2 CMD2...]: runs the commands in turn RUNS times and
# prints "LABEL<TAB>wall ms<TAB>cpu ms" per command (medians). wait4() reports the CPU time of the
# process and of every child it waited for (the export's worker and layout processes).
time_runs() {
    python3 - "$@" <<'EOF'
import os, statistics, subprocess, sys, time
runs = int(sys.argv[1])
commands, current = [], []
for arg in sys.argv[2:] + ["--"]:
    if arg == "--":
        commands.append((current[0], current[1:]))
        current = []
    else:
        current.append(arg)
def once(argv):
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        sys.exit("bench_export: failed: " + " ".join(argv))
    return wall * 1000, (usage.ru_utime + usage.ru_stime) * 1000
samples = {label: [] for label, _ in commands}
for label, argv in commands:
    once(argv)  # warm-up: page cache, font cache
for _ in range(runs):
    for label, argv in commands:
        samples[label].append(once(argv))
for label, _ in commands:
    wall = statistics.median(s[0] for s in samples[label])
    cpu = statistics.median(s[1] for s in samples[label])
    print(f"{label}\t{wall:.1f}\t{cpu:.1f}")
EOF
}

row() { printf '%-62s %9s %9s\n' "$1" "$2" "$3"; }
ratio() { awk -v a="$1" -v d="$2" 'BEGIN { printf "%.2fx", a / d }'; }

# pair LABEL RUNS ARCHSCAPE_ARGS... -- DOT_FILE: one archscape export beside dot -Tsvg.
pair() {
    label=$1 n=$2
    shift 2
    args=""
    while [ "$1" != "--" ]; do args="$args $1"; shift; done
    dotfile=$2
    # shellcheck disable=SC2086
    result=$(time_runs "$n" a "$archscape" export $args -- d dot -Tsvg "$dotfile" -o "$out/dot.svg")
    a_wall=$(echo "$result" | awk -F'\t' '$1 == "a" { print $2 }')
    a_cpu=$(echo "$result" | awk -F'\t' '$1 == "a" { print $3 }')
    d_wall=$(echo "$result" | awk -F'\t' '$1 == "d" { print $2 }')
    d_cpu=$(echo "$result" | awk -F'\t' '$1 == "d" { print $3 }')
    row "archscape export $label" "$a_wall" "$a_cpu"
    row "dot -Tsvg $(basename "$dotfile")" "$d_wall" "$d_cpu"
    row "  ratio" "$(ratio "$a_wall" "$d_wall")" "$(ratio "$a_cpu" "$d_cpu")"
}

alone() {
    label=$1
    shift
    result=$(time_runs "$runs" a "$@")
    row "$label" "$(echo "$result" | cut -f2)" "$(echo "$result" | cut -f3)"
}

row "command (whole process, median of $runs)" "wall ms" "cpu ms"
for diagram in cqrs microservices; do
    "$writedot" "$diagram" "$out/$diagram.dot" 2>/dev/null
    pair "--view diagram/$diagram --format svg" "$runs" --view "diagram/$diagram" --format svg --output "$out/$diagram.svg" -- "$out/$diagram.dot"
done

if [ -f "$gen_large" ]; then
    # gen_large.py imports its mmd2dot helper at the top for DOT we do not use (export_writedot
    # writes the DOT of the graph archscape lays out); a stand-in module lets it load without one.
    python3 - "$gen_large" "$out" 200 1000 <<'EOF'
import importlib.util, os, sys, types
sys.path.insert(0, os.path.dirname(os.path.abspath(sys.argv[1])))
try:
    import mmd2dot  # noqa: F401
except ImportError:
    sys.modules["mmd2dot"] = types.ModuleType("mmd2dot")
spec = importlib.util.spec_from_file_location("gen_large", sys.argv[1])
gen_large = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen_large)
for n in map(int, sys.argv[3:]):
    with open(os.path.join(sys.argv[2], "large-%04d.mmd" % n), "w", encoding="utf-8") as f:
        f.write(gen_large.generate(n)[0])
EOF
    for n in 0200 1000; do
        "$writedot" --input "$out/large-$n.mmd" "$out/large-$n.dot" 2>/dev/null
        n_runs=$runs
        [ "$n" = 1000 ] && n_runs=$(( runs / 4 > 3 ? runs / 4 : 3 ))
        pair "--input large-$n.mmd --format svg" "$n_runs" --input "$out/large-$n.mmd" --format svg --output "$out/large-$n.svg" -- "$out/large-$n.dot"
    done
else
    echo "bench_export: $gen_large not found; generated diagrams skipped (set GEN_LARGE)" >&2
fi

alone "archscape export --view diagram/cqrs --format pdf" "$archscape" export --view diagram/cqrs --format pdf --output "$out/cqrs.pdf"
mkdir -p "$out/all"
alone "archscape export --all --format svg" "$archscape" export --all --format svg --output-dir "$out/all"
alone "archscape export --report cqrs" "$archscape" export --report cqrs --output "$out/cqrs-report.pdf"
