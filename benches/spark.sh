#!/usr/bin/env bash
# Throughput of the Spark job (examples/spark/extract_graph.py) in local[2] beside one
# standpunkt process on 2 threads, over the same corpus of at least MB megabytes of
# article text (10kGNAD test split + SpkAtt texts from ../shared, repeated with distinct
# ids, as benches/run.sh makes it). Both write the graph as node-link JSON; the Spark job
# also writes the statements (JSON Lines and Parquet). Checks that the two graphs are
# byte-identical, then prints seconds, MB/s and articles/s of each, and the ratio.
#
# usage: benches/spark.sh [MB]      (default 100; needs pyspark and Java 17, see README)
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-100}
SHARED=${SHARED:-../shared}
DATA=target/bench-data
mkdir -p "$DATA"
command -v spark-submit > /dev/null || { echo "needs spark-submit: pip install pyspark" >&2; exit 1; }
command -v java > /dev/null || { echo "needs java: apt-get install openjdk-17-jre-headless" >&2; exit 1; }

cargo build --release --quiet
BIN=$PWD/target/release/standpunkt
CORPUS="$DATA/corpus-${MB}mb.jsonl"
if [ ! -f "$CORPUS" ] || [ ! -f "$CORPUS.info" ]; then
  python3 benches/make_corpus.py "$SHARED" "$CORPUS" "$MB" > "$CORPUS.info"
fi
read -r ARTICLES BYTES < "$CORPUS.info"
now() { date +%s.%N; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.2f", n / s }'; }

echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== corpus: $CORPUS, $ARTICLES articles, $(rate "$BYTES" 1e6) MB of text"

start=$(now)
"$BIN" build --quiet --threads 2 "$CORPUS" --out "$DATA/single" --format json
single=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')

rm -rf "$DATA/spark-out"
start=$(now)
spark-submit --master 'local[2]' --conf spark.ui.enabled=false --driver-memory 2g \
  --files "$BIN" examples/spark/extract_graph.py "$CORPUS" "$DATA/spark-out" --formats json \
  2> "$DATA/spark.log"
spark=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')

cmp "$DATA/single.json" "$DATA/spark-out/graph.json"
echo "graph.json of both: byte-identical ($(stat -c %s "$DATA/single.json") bytes)"
printf '%-40s %9s %9s %12s\n' "run" "seconds" "MB/s" "articles/s"
printf '%-40s %9.1f %9s %12s\n' "standpunkt build, 1 process, 2 threads" "$single" \
  "$(rate "$(rate "$BYTES" 1e6)" "$single")" "$(rate "$ARTICLES" "$single")"
printf '%-40s %9.1f %9s %12s\n' "Spark job, local[2]" "$spark" \
  "$(rate "$(rate "$BYTES" 1e6)" "$spark")" "$(rate "$ARTICLES" "$spark")"
echo "Spark / single process: $(rate "$spark" "$single")× the time"
