#!/usr/bin/env bash
# The viewer at scale: a generated graph of STATEMENTS statements (default 100,000,
# benches/make_graph.py) cut to the N most active actors (`view --top N`, for each N of
# a comma-separated list, default 100,50: the cut of 100 is drawn at positions written
# by Rust, that of 50 too, as it has more than 300 nodes),
# the seeds, and (with ../shared) the SpkAtt-2023 train corpus; each page opened RUNS
# times (default 5) in headless Chromium and, where geckodriver is installed, headless
# Firefox (benches/viewer_open.py), medians of the time to interactive and of the
# browser's CPU time printed.
# Needs chromium, chromium-driver and `pip install selenium`; firefox-esr and geckodriver
# for Firefox (.ci/run installs them).
#
# usage: benches/viewer.sh [STATEMENTS] [N[,N…]]
set -euo pipefail
cd "$(dirname "$0")/.."
STATEMENTS=${1:-100000}
TOPS=${2:-100,50}
SHARED=${SHARED:-../shared}
DATA=target/bench-data
mkdir -p "$DATA"
cargo build --release --quiet
BIN=target/release/standpunkt
GRAPH="$DATA/graph-$STATEMENTS.json"
[ -f "$GRAPH" ] || python3 benches/make_graph.py "$STATEMENTS" "$GRAPH"
echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
seconds() { /usr/bin/time -f "%e" -o "$DATA/time.txt" "$@" 2> /dev/null; cat "$DATA/time.txt"; }
PAGES=()
for TOP in ${TOPS//,/ }; do
  PAGE="$DATA/view-$STATEMENTS-top$TOP.html"
  echo "view --top $TOP of $STATEMENTS statements: $(seconds "$BIN" view "$GRAPH" --top "$TOP" --out "$PAGE") s to write the page"
  PAGES+=("$PAGE")
done
"$BIN" build seeds --out "$DATA/seeds" --quiet
"$BIN" view "$DATA/seeds.json" --out "$DATA/view-seeds.html" 2> /dev/null
PAGES+=("$DATA/view-seeds.html")
if [ -d "$SHARED/corpus/spkatt-train" ]; then
  "$BIN" build "$SHARED/corpus/spkatt-train" --out "$DATA/spkatt-train" --quiet
  "$BIN" view "$DATA/spkatt-train.json" --out "$DATA/view-spkatt-train.html" 2> /dev/null
  PAGES+=("$DATA/view-spkatt-train.html")
fi
echo "== machine load before opening: $(cut -d' ' -f1-3 /proc/loadavg)"
BROWSER=chromium python3 benches/viewer_open.py "${PAGES[@]}"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
if command -v geckodriver > /dev/null && command -v firefox-esr > /dev/null; then
  BROWSER=firefox python3 benches/viewer_open.py "${PAGES[@]}"
fi
echo "== machine load after: $(cut -d' ' -f1-3 /proc/loadavg)"
