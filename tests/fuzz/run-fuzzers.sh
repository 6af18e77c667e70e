#!/bin/sh
# Builds the libFuzzer targets with clang in their own build directory and runs each for a while
# from a seed corpus: the document's Mermaid blocks, the Markdown document and the hostile Mermaid
# and Markdown files for fuzz_mermaid; the model and the hostile model files for fuzz_modelloader;
# the example scenarios and the hostile scenario files for fuzz_scenario; the document's Mermaid
# blocks (text full of labels) for fuzz_dotwriter. Usage: run-fuzzers.sh [BUILD_DIR] [SECONDS].
# Exits non-zero on a crash, a leak, a timeout or an out-of-memory, leaving the reproducer in
# BUILD_DIR/artifacts.
set -eu
source_dir="$(cd "$(dirname "$0")/../.." && pwd)"
build_dir="${1:-$source_dir/build-fuzz}"
seconds="${2:-60}"
targets="mermaid modelloader scenario dotwriter"
command -v clang++ >/dev/null 2>&1 || { echo "run-fuzzers: clang++ is not installed" >&2; exit 1; }

# The model library is instrumented for coverage and sanitized like the targets.
cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DARCHSCAPE_FUZZ=ON \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined" >/dev/null
cmake --build "$build_dir" --target fuzz_mermaid fuzz_modelloader fuzz_scenario fuzz_dotwriter -j 2

corpus="$build_dir/corpus"
artifacts="$build_dir/artifacts"
hostile="$source_dir/tests/data/hostile"
rm -rf "$corpus"
mkdir -p "$corpus/mermaid" "$corpus/modelloader" "$corpus/scenario" "$corpus/dotwriter" "$artifacts"
cp "$source_dir"/tests/data/mermaid/*.mmd "$source_dir/tests/data/system-patterns.md" "$hostile"/*.mmd "$hostile"/*.md \
    "$corpus/mermaid/"
# Not the 62,500-edge product: a few bytes trimmed it becomes a legal 45,000-edge diagram whose
# round trip through every writer takes 20 s under ASan on a loaded machine (linear, allocation
# bound, no defect; tst_hostile covers the file).
rm "$corpus/mermaid/flowchart-edge-product.mmd"
cp "$source_dir/resources/model/system-patterns.json" "$hostile"/*.json "$corpus/modelloader/"
cp "$source_dir"/resources/scenarios/*.archscape "$hostile"/*.archscape "$corpus/scenario/"
cp "$source_dir"/tests/data/mermaid/*.mmd "$hostile"/flowchart-html-script.mmd "$hostile"/flowchart-bidi.mmd \
    "$corpus/dotwriter/"

export QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
status=0
for target in $targets; do
    dict=""
    [ "$target" = mermaid ] && dict="-dict=$source_dir/tests/fuzz/mermaid.dict"
    echo "run-fuzzers: fuzz_$target for ${seconds}s"
    # -max_len lets a seed (the whole document, the model) in whole; -rss_limit_mb bounds memory;
    # -timeout leaves room for a diagram near the limits under ASan on a shared machine.
    "$build_dir/tests/fuzz/fuzz_$target" $dict -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 \
        -max_len=262144 -print_final_stats=1 -artifact_prefix="$artifacts/$target-" "$corpus/$target" || status=1
done
exit $status
