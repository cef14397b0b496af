#!/usr/bin/env bash
# standpunkt against a peer, side by side in one run, on the same text: standpunkt's full
# extraction (statements as JSON Lines, one thread, process start and lexicon load
# included) against spaCy's German tokenizer + sentencizer (spacy.blank("de") +
# "sentencizer", load and file reading NOT timed). spaCy does strictly less work (no
# mentions, attribution or stance): a floor for a fair comparison.
#
# usage: benches/compare.sh [MB]      MB of article text (default 10), from ../shared
#        RUNS=5 benches/compare.sh    runs of each, interleaved (default 3); medians
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-10}
RUNS=${RUNS:-3}
SHARED=${SHARED:-../shared}
DATA=target/bench-data
mkdir -p "$DATA"

if ! python3 -c "import spacy" 2>/dev/null; then
  echo "installing spaCy (pip install spacy)…" >&2
  pip install -q spacy
fi
SPACY_VERSION=$(python3 -c "import spacy; print(spacy.__version__)")
cargo build --release --quiet
BIN=target/release/standpunkt

CORPUS="$DATA/corpus-${MB}mb.jsonl"
if [ ! -f "$CORPUS" ] || [ ! -f "$CORPUS.info" ]; then
  python3 benches/make_corpus.py "$SHARED" "$CORPUS" "$MB" > "$CORPUS.info"
fi
read -r ARTICLES BYTES < "$CORPUS.info"

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "text: $CORPUS: $ARTICLES articles, $(awk -v b="$BYTES" 'BEGIN { printf "%.1f", b / 1e6 }') MB; $RUNS runs each, interleaved; $(nproc) cores; load $(cut -d' ' -f1 /proc/loadavg)"
ours=()
theirs=()
for run in $(seq "$RUNS"); do
  start=$(date +%s.%N)
  "$BIN" extract --quiet --threads 1 "$CORPUS" > /dev/null
  end=$(date +%s.%N)
  ours+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')")
  read -r seconds _ tokens sentences < <(python3 benches/spacy_baseline.py "$CORPUS")
  theirs+=("$seconds")
  echo "run $run: standpunkt ${ours[-1]} s, spaCy ${seconds} s ($tokens tokens, $sentences sentences)"
done
T_OURS=$(printf '%s\n' "${ours[@]}" | median)
T_THEIRS=$(printf '%s\n' "${theirs[@]}" | median)
awk -v b="$BYTES" -v o="$T_OURS" -v t="$T_THEIRS" -v v="$SPACY_VERSION" 'BEGIN {
  printf "standpunkt extract, 1 thread:               %6.2f MB/s (median %.2f s)\n", b / 1e6 / o, o
  printf "spaCy %s blank(de) + sentencizer:       %6.2f MB/s (median %.2f s)\n", v, b / 1e6 / t, t
  printf "ratio standpunkt / spaCy:                   %6.2f x\n", t / o
}'
