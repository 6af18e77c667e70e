#!/bin/sh
# A long fuzzing campaign for one target, resumable: the corpus, the findings and a log of every
# session's executions live in CAMPAIGN_DIR/TARGET/, so sessions on different days add up.
# The targets must be built first: fuzz_smoke (or run-fuzzers.sh) builds them into BUILD_DIR.
#
# Usage: run-campaign.sh BUILD_DIR CAMPAIGN_DIR TARGET SECONDS [MAX_LEN]
#        run-campaign.sh --total CAMPAIGN_DIR        (executions per target and build so far)
#
# BUILD_DIR may be a build with ASan + UBSan (run-fuzzers.sh, the default) or with UBSan alone
# (-DARCHSCAPE_FUZZ_SANITIZERS=undefined, about four times the executions per second): both share
# the corpus, and the log tells their executions apart.
# MAX_LEN (default 4096) keeps inputs small, which is where the executions per second are: the
# smoke run lets whole seed documents in (262144) and so manages tens per second on fuzz_mermaid.
# The seed corpus is the smoke run's (BUILD_DIR/corpus/TARGET), merged in on the first session.
# Sessions of one target may run at once (one per core): each has its own output file,
# last-session-PID.txt, and they share the corpus as libFuzzer's -jobs do.
set -eu

if [ "${1:-}" = "--total" ]; then
    campaign="${2:?campaign directory}"
    for log in "$campaign"/*/executions.log; do
        [ -e "$log" ] || continue
        target="$(basename "$(dirname "$log")")"
        # One line per sanitizer build (sessions logged before builds were told apart ran ASan + UBSan).
        awk -v t="$target" '
            { v = "address,undefined"; for (i = 4; i <= NF; ++i) if ($i ~ /^sanitizers=/) v = substr($i, 12)
              runs[v] += $2; secs[v] += $3; sessions[v] += 1; all += $2 }
            END { for (v in runs) printf "%-12s %-18s %12d executions in %d sessions, %d s\n", t, v, runs[v], sessions[v], secs[v]
                  printf "%-12s %-18s %12d executions\n", t, "all", all }' "$log"
    done
    exit 0
fi

build_dir="${1:?build directory}"
campaign="${2:?campaign directory}"
target="${3:?target: mermaid, modelloader, scenario or dotwriter}"
seconds="${4:?seconds}"
max_len="${5:-4096}"
source_dir="$(cd "$(dirname "$0")/../.." && pwd)"
binary="$build_dir/tests/fuzz/fuzz_$target"
[ -x "$binary" ] || { echo "run-campaign: $binary is not built (run-fuzzers.sh $build_dir 60 builds it)" >&2; exit 1; }

dir="$campaign/$target"
mkdir -p "$dir/corpus" "$dir/artifacts"
if [ -z "$(ls -A "$dir/corpus")" ] && [ -d "$build_dir/corpus/$target" ]; then
    cp "$build_dir/corpus/$target"/* "$dir/corpus/" 2>/dev/null || true
fi

dict=""
[ "$target" = mermaid ] && dict="-dict=$source_dir/tests/fuzz/mermaid.dict"
export QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
started="$(date +%s)"
session_output="$dir/last-session-$$.txt"
status=0
sanitizers="$(sed -n 's/^ARCHSCAPE_FUZZ_SANITIZERS:STRING=//p' "$build_dir/CMakeCache.txt" 2>/dev/null)"
sanitizers="${sanitizers:-address,undefined}"
"$binary" $dict -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 -max_len="$max_len" \
    -print_final_stats=1 -artifact_prefix="$dir/artifacts/" "$dir/corpus" >"$session_output" 2>&1 || status=$?
ended="$(date +%s)"
runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$session_output" | tail -1)"
echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) ${runs:-0} $((ended - started)) max_len=$max_len exit=$status sanitizers=$sanitizers" >>"$dir/executions.log"
echo "run-campaign: fuzz_$target ($sanitizers) ran ${runs:-0} executions in $((ended - started)) s (exit $status)"
# libFuzzer exits 72 when interrupted (Ctrl+C, kill -INT): a session cut short, not a finding; its
# executions are logged above. Note that a fuzzer stopped (SIGSTOP) for longer than -timeout reports
# a timeout on resuming: check such a unit by running it alone before calling it a finding.
if [ "$status" -eq 72 ]; then
    echo "run-campaign: interrupted; the executions so far are counted"
    exit 0
fi
[ "$status" -eq 0 ] || echo "run-campaign: a finding is in $dir/artifacts (last lines of $session_output)" >&2
exit "$status"
