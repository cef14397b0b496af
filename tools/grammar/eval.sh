#!/bin/sh
# Scores the grammar layer with ../shared/tools/ud_eval.py (UPOS, Mood, Case, nsubj).
#
#   sh tools/grammar/eval.sh --gsd   # for tuning: a model trained on GSD dev alone, the
#                                    # whole analysis scored on GSD test (held out),
#                                    # links per relation by tools/grammar/links.py
#   sh tools/grammar/eval.sh         # the built-in tagger alone on UD German PUD, the
#                                    # evaluation set (report only; never tune on it)
set -eu
cd "$(dirname "$0")/../.."
UD=${UD:-../shared/ud}
TMP=${TMPDIR:-/tmp}
cargo build --release --example tag_conllu --example train_tagger
if [ "${1:-}" = "--gsd" ]; then
    ./target/release/examples/train_tagger "$TMP/standpunkt-tagger-gsd-dev.bin" \
        "$UD/de_gsd-ud-dev.conllu" 2>/dev/null
    out="$TMP/standpunkt-analysis-gsd-test.conllu"
    ./target/release/examples/tag_conllu --model "$TMP/standpunkt-tagger-gsd-dev.bin" \
        --analyse "$UD/de_gsd-ud-test.conllu" > "$out"
    python3 ../shared/tools/ud_eval.py "$UD/de_gsd-ud-test.conllu" "$out"
    python3 tools/grammar/links.py "$UD/de_gsd-ud-test.conllu" "$out"
else
    out="$TMP/standpunkt-tagger-pud.conllu"
    ./target/release/examples/tag_conllu "$UD/de_pud-ud-test.conllu" > "$out"
    python3 ../shared/tools/ud_eval.py "$UD/de_pud-ud-test.conllu" "$out"
fi
