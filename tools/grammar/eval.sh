#!/bin/sh
# Scores the built-in tagger (UPOS, Mood, Case) on UD German PUD, the evaluation set.
#   sh tools/grammar/eval.sh
set -eu
cd "$(dirname "$0")/../.."
UD=${UD:-../shared/ud}
cargo build --release --example tag_conllu
out="${TMPDIR:-/tmp}/standpunkt-tagger-pud.conllu"
./target/release/examples/tag_conllu "$UD/de_pud-ud-test.conllu" > "$out"
python3 ../shared/tools/ud_eval.py "$UD/de_pud-ud-test.conllu" "$out"
