#!/bin/sh
# Whole-process time of `archscape export --input X.mmd --format svg` against mermaid-cli (mmdc,
# headless Chromium) and Graphviz `dot -Tsvg` on the same graphs, in one run: the document's
# Mermaid blocks (tests/data/mermaid) and gen_large.py's four-plane graphs of 50, 200, 500 and
# 1000 nodes. The DOT input is written by `archscape convert --to dot` from the same Mermaid
# (gen_large.py's own mmd2dot.py is replaced by a shim that does that). Medians via hyperfine.
#
# Usage: tests/bench/bench_mermaid.sh BUILD_DIR MMDC_DIR [RUNS]
#   MMDC_DIR: a copy of /work/shared/bench with `npm install` done (see its README): it holds
#   node_modules/.bin/mmdc, puppeteer-config.json, mermaid-config.json and gen_large.py.
#   RUNS: runs per command for archscape and dot (default 15; mmdc gets 5).
#   ONLY (environment): a grep -E pattern of input names to run, e.g. ONLY='^(cqrs|large-0050)$'
#   (mmdc's five runs of large-1000 alone take minutes).
set -eu
build=${1:?BUILD_DIR}
peer=${2:?MMDC_DIR}
runs=${3:-15}
archscape="$(cd "$build" && pwd)/app/archscape"
mmdc="$peer/node_modules/.bin/mmdc"
for tool in "$archscape" "$mmdc"; do
    [ -x "$tool" ] || { echo "bench_mermaid: $tool is missing" >&2; exit 1; }
done
for tool in hyperfine dot python3; do
    command -v $tool >/dev/null || { echo "bench_mermaid: $tool is missing" >&2; exit 1; }
done
here="$(cd "$(dirname "$0")" && pwd)"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export QT_QPA_PLATFORM=offscreen

# gen_large.py with a shim for its DOT writer.
mkdir -p "$out/gen" "$out/in"
cp "$peer/gen_large.py" "$out/gen/"
cat > "$out/gen/mmd2dot.py" <<PY
import json, os, subprocess, tempfile
class Graph:
    pass
def convert(mmd, name):
    with tempfile.NamedTemporaryFile("w", suffix=".mmd", delete=False) as f:
        f.write(mmd)
    run = lambda to: subprocess.run(["$archscape", "convert", f.name, "--to", to], check=True, capture_output=True, text=True).stdout
    dot, data = run("dot"), json.loads(run("json"))
    os.unlink(f.name)
    g = Graph()
    g.nodes = data["nodes"]
    g.edges = [(e["from"], e["to"], {"style": e["style"]}) for e in data["edges"]]
    g.clusters = data["subgraphs"]
    return dot, g
PY
python3 "$out/gen/gen_large.py" 50 200 500 1000 --out "$out/in" >&2
for f in "$here"/../data/mermaid/*.mmd; do
    name=$(basename "$f" .mmd)
    cp "$f" "$out/in/$name.mmd"
    "$archscape" convert "$f" --to dot --output "$out/in/$name.dot" 2>/dev/null || true # quadrant, gantt: no DOT
done

# hyperfine's median in ms for a command (no shell in between).
median() {
    json="$out/h.json"
    hyperfine -N --style none --warmup 1 --runs "$1" --export-json "$json" "$2" >/dev/null 2>&1 \
        || { echo "failed"; return; }
    python3 -c "import json,sys; print('%.1f' % (json.load(open(sys.argv[1]))['results'][0]['median'] * 1000))" "$json"
}

printf '%-26s %12s %12s %12s %10s %10s\n' "input" "archscape ms" "mmdc ms" "dot ms" "vs mmdc" "vs dot"
for f in "$out"/in/*.mmd; do
    name=$(basename "$f" .mmd)
    if [ -n "${ONLY:-}" ] && ! echo "$name" | grep -Eq "$ONLY"; then
        continue
    fi
    # archscape and dot back to back, before mmdc: the two short runs are compared in the same
    # machine state, and neither follows Chromium's shutdown (mmdc's browser processes end after
    # it returns), which a pause lets finish before the next input.
    a=$(median "$runs" "$archscape export --input $f --format svg --output $out/$name-a.svg")
    d="n/a"
    [ -f "$out/in/$name.dot" ] && d=$(median "$runs" "dot -Tsvg $out/in/$name.dot -o $out/$name-d.svg")
    m=$(median 5 "$mmdc -q -p $peer/puppeteer-config.json -c $peer/mermaid-config.json -i $f -o $out/$name-m.svg")
    sleep 2
    printf '%-26s %12s %12s %12s %10s %10s\n' "$name" "$a" "$m" "$d" \
        "$(awk -v a="$a" -v m="$m" 'BEGIN { if (a + 0 > 0 && m + 0 > 0) printf "%.0fx", m / a; else print "-" }')" \
        "$(awk -v a="$a" -v d="$d" 'BEGIN { if (a + 0 > 0 && d + 0 > 0) printf "%.2fx", a / d; else print "-" }')"
done
