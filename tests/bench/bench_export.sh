#!/bin/sh
# Whole-process time of `archscape export` beside `dot -Tsvg` on the same graph (written with
# Graphviz's agwrite by export_writedot), median of N runs each, run back to back in one go.
# Usage: tests/bench/bench_export.sh [BUILD_DIR] [RUNS]   (default build, 21)
set -eu
build=${1:-build}
runs=${2:-21}
archscape="$build/app/archscape"
writedot="$build/tests/bench/export_writedot"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for tool in "$archscape" "$writedot"; do
    [ -x "$tool" ] || { echo "bench_export: $tool is missing; build the project first" >&2; exit 1; }
done
command -v dot >/dev/null || { echo "bench_export: Graphviz dot is missing" >&2; exit 1; }

# Median wall time in milliseconds of running "$@" $runs times (after one warm-up run).
median_ms() {
    "$@" >/dev/null 2>&1 || { echo "bench_export: failed: $*" >&2; exit 1; }
    i=0
    while [ $i -lt "$runs" ]; do
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1
        end=$(date +%s%N)
        echo $(( (end - start) / 1000 ))
        i=$((i + 1))
    done | sort -n | awk '{ a[NR] = $1 } END { printf "%.1f", a[int((NR + 1) / 2)] / 1000 }'
}

printf '%-58s %10s\n' "command (whole process, median of $runs)" "ms"
for diagram in cqrs microservices; do
    "$writedot" "$diagram" "$out/$diagram.dot" 2>/dev/null
    a=$(median_ms "$archscape" export --view "diagram/$diagram" --format svg --output "$out/$diagram.svg")
    d=$(median_ms dot -Tsvg "$out/$diagram.dot" -o "$out/$diagram-dot.svg")
    printf '%-58s %10s\n' "archscape export --view diagram/$diagram --format svg" "$a"
    printf '%-58s %10s\n' "dot -Tsvg $diagram.dot" "$d"
    printf '%-58s %10s\n' "  ratio" "$(awk -v a="$a" -v d="$d" 'BEGIN { printf "%.2fx", a / d }')"
done
a=$(median_ms "$archscape" export --view diagram/cqrs --format pdf --output "$out/cqrs.pdf")
printf '%-58s %10s\n' "archscape export --view diagram/cqrs --format pdf" "$a"
a=$(median_ms "$archscape" export --all --format svg --output-dir "$out/all")
printf '%-58s %10s\n' "archscape export --all --format svg ($(ls "$out/all" | wc -l) views)" "$a"
a=$(median_ms "$archscape" export --report cqrs --output "$out/cqrs-report.pdf")
printf '%-58s %10s\n' "archscape export --report cqrs" "$a"
