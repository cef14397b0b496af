#!/usr/bin/env bash
# The issue's bad-input check against the release binary (the test suite runs the fast
# parts: tests/inputs.rs): a Latin-1 file, 4 KB of random bytes, an empty file, a
# half-broken JSON Lines file and a 6,000,000-word single-line file (about 40 MB) in one
# run. No panic, exit code <= 2, two runs and 1 vs 2 threads byte-identical, and
# `build --into` with the same articles leaves the graph unchanged, within two minutes of
# CPU time. Prints the CPU and wall time taken.
#   cargo build --release && bash benches/bad_input.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bin=target/release/standpunkt
[ -x "$bin" ] || { echo "build it first: cargo build --release" >&2; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/in"
start=$(date +%s.%N)
python3 - "$dir/in" <<'PY'
import json, os, random, sys
d = sys.argv[1]
text = open(sorted(os.path.join("seeds", f) for f in os.listdir("seeds"))[0], encoding="utf-8").read()
open(os.path.join(d, "latin1.txt"), "wb").write(text.encode("cp1252"))
open(os.path.join(d, "random.txt"), "wb").write(random.Random(1).randbytes(4096))
open(os.path.join(d, "empty.txt"), "wb").close()
with open(os.path.join(d, "half.jsonl"), "w", encoding="utf-8") as f:
    f.write(json.dumps({"id": "a1", "text": text}, ensure_ascii=False) + "\n")
    f.write('{"id": "a2", "text": "Der Spre\n')
random.seed(7)
w = ['Die','Regierung','lehnte','den','Plan','ab','sagte','Sprecher','Müller','und','„','“',',','.']
open(os.path.join(d, "long.txt"), "w", encoding="utf-8").write(' '.join(random.choice(w) for _ in range(6000000)))
PY
ls -l "$dir/in" | tail -n +2
run() { # threads output
  local code=0
  "$bin" extract --quiet --keep-going --threads "$1" "$dir/in" > "$2" 2> "$2.err" || code=$?
  if [ "$code" -gt 2 ] || grep -q panicked "$2.err"; then
    echo "FAIL: exit $code" >&2; cat "$2.err" >&2; exit 1
  fi
  echo "threads $1: exit $code, $(wc -l < "$2") statements"
}
run 2 "$dir/a"
run 2 "$dir/b"
run 1 "$dir/c"
cmp "$dir/a" "$dir/b" && cmp "$dir/a" "$dir/c" && echo "identical: two runs, 1 vs 2 threads"
"$bin" build --quiet --keep-going "$dir/in" --out "$dir/g"
cp "$dir/g.json" "$dir/before.json"
"$bin" build --quiet --keep-going "$dir/in" --into "$dir/g.json"
cmp "$dir/before.json" "$dir/g.json" && echo "build --into with the same articles: graph unchanged"
end=$(date +%s.%N)
# CPU time of everything the check ran (user + system of the children): what the check
# costs on two idle cores, whatever else the machine runs; wall time shown beside it.
times > "$dir/times"
cpu=$(tail -1 "$dir/times" | awk '{ for (i = 1; i <= 2; i++) { split($i, t, /[ms]/); s += t[1] * 60 + t[2] } } END { printf "%.1f", s }')
wall=$(python3 -c "print(round($end - $start, 1))")
echo "bad-input check: ${cpu} s CPU, ${wall} s wall"
python3 -c "import sys; sys.exit(0 if $cpu < 120 else 1)" || { echo "FAIL: over 2 minutes of CPU time" >&2; exit 1; }
