#!/usr/bin/env bash
# Prints the figures of the README's "Performance" section, as medians of RUNS runs:
#   1. extraction throughput (MB/s of article text) on 1 and 2 threads over a corpus of
#      at least MB megabytes (10kGNAD test split + SpkAtt texts from ../shared, repeated
#      with distinct ids), and the speed-up;
#   2. peak RSS of `build` over that corpus (extraction into a graph + JSON + DOT);
#   3. build + JSON + DOT export of a generated graph of 1,000,000 statements
#      (cargo bench --bench graph_1m);
#   4. "giant": a 200 MB file without a newline, as a text file and as JSON Lines:
#      skipped as oversized with a warning, time and peak RSS (streamed, not loaded).
# The side-by-side comparison with spaCy is benches/compare.sh.
#
# usage: benches/run.sh [MB]           (default 100)
#        RUNS=5 benches/run.sh          (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-100}
RUNS=${RUNS:-3}
SHARED=${SHARED:-../shared}
DATA=target/bench-data
mkdir -p "$DATA"
command -v /usr/bin/time > /dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

cargo build --release --quiet
BIN=target/release/standpunkt
CORPUS="$DATA/corpus-${MB}mb.jsonl"
if [ ! -f "$CORPUS" ] || [ ! -f "$CORPUS.info" ]; then
  python3 benches/make_corpus.py "$SHARED" "$CORPUS" "$MB" > "$CORPUS.info"
fi
read -r ARTICLES BYTES < "$CORPUS.info"
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# measure OUT CMD…: runs CMD, appends "seconds max_rss_kb" to OUT.
measure() {
  local out=$1; shift
  /usr/bin/time -f "%e %M" -o "$DATA/time.txt" "$@" > /dev/null
  cat "$DATA/time.txt" >> "$out"
}
mbps() { awk -v b="$BYTES" -v s="$1" 'BEGIN { printf "%.2f", b / 1e6 / s }'; }

echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $RUNS runs, medians"
echo "== corpus: $CORPUS: $ARTICLES articles, $(awk -v b="$BYTES" 'BEGIN { printf "%.1f", b / 1e6 }') MB of text"

echo "== 1. extraction throughput (standpunkt extract --threads N; runs interleaved)"
declare -A SECONDS_FOR
: > "$DATA/extract-1.txt"
: > "$DATA/extract-2.txt"
for _ in $(seq "$RUNS"); do
  for threads in 1 2; do
    measure "$DATA/extract-$threads.txt" "$BIN" extract --quiet --threads "$threads" "$CORPUS"
  done
done
for threads in 1 2; do
  SECONDS_FOR[$threads]=$(cut -d' ' -f1 "$DATA/extract-$threads.txt" | median)
  echo "threads $threads: $(mbps "${SECONDS_FOR[$threads]}") MB/s (median ${SECONDS_FOR[$threads]} s; runs: $(cut -d' ' -f1 "$DATA/extract-$threads.txt" | tr '\n' ' '))"
done
awk -v a="${SECONDS_FOR[1]}" -v b="${SECONDS_FOR[2]}" 'BEGIN { printf "speed-up 1 -> 2 threads: %.2fx\n", a / b }'

echo "== 2. peak RSS of build (extraction into a graph, JSON + DOT written), 2 threads"
: > "$DATA/build.txt"
for _ in $(seq "$RUNS"); do
  measure "$DATA/build.txt" "$BIN" build --quiet --threads 2 "$CORPUS" --out "$DATA/graph-${MB}mb"
done
echo "peak RSS $(( $(cut -d' ' -f2 "$DATA/build.txt" | median) / 1024 )) MB (median; runs: $(cut -d' ' -f2 "$DATA/build.txt" | awk '{ printf "%d ", $1 / 1024 }')MB), time $(cut -d' ' -f1 "$DATA/build.txt" | median) s"
"$BIN" build --threads 2 "$CORPUS" --out "$DATA/graph-${MB}mb" 2>&1 >/dev/null | tail -1

echo "== 3. generated graph of 1,000,000 statements: build + JSON + DOT"
cargo bench --quiet --bench graph_1m 2>/dev/null | tail -2

echo "== 4. giant: 200 MB without a newline (default --max-article-mb 100)"
GIANT="$DATA/giant-200mb"
if [ ! -f "$GIANT.txt" ]; then
  python3 - "$GIANT.txt" <<'PY'
import sys
chunk = "Der Kanzler sagte, er lehne das ab, und die Regierung in Kiew prüfte die Lage, " * 1000
with open(sys.argv[1], "w", encoding="utf-8") as f:
    written = 0
    while written < 200_000_000:
        f.write(chunk)
        written += len(chunk.encode("utf-8"))
PY
  ln -sf "$(basename "$GIANT.txt")" "$GIANT.jsonl"
fi
ls -l "$GIANT.txt" | awk '{ printf "file: %s bytes, ", $5 }'; echo "newlines: $(tr -cd '\n' < "$GIANT.txt" | wc -c)"
/usr/bin/time -f "%e %M" -o "$DATA/time.txt" "$BIN" extract "$GIANT.txt" "$GIANT.jsonl" seeds > /dev/null 2> "$DATA/giant.err" || true
sed 's/^/  /' "$DATA/giant.err"
read -r secs rss < "$DATA/time.txt"
echo "exit 0, $secs s, peak RSS $(( rss / 1024 )) MB"
