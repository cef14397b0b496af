#!/bin/sh
# Trains the grammar tagger and writes src/grammar/data/tagger.bin (embedded in the binary).
#
# Training data: UD German GSD dev + test (CC BY-SA 4.0) from ../shared/ud/ — ONLY these;
# UD German PUD is the evaluation set and is never trained or tuned on.
# Deterministic: the same data and code give the same model byte for byte.
#
#   sh tools/grammar/train.sh             # train and write the model
#   sh tools/grammar/train.sh --holdout 10  # score on every 10th sentence held out (no write)
set -eu
cd "$(dirname "$0")/../.."
UD=${UD:-../shared/ud}
cargo build --release --example train_tagger
if [ "${1:-}" = "--holdout" ]; then
    ./target/release/examples/train_tagger "${TMPDIR:-/tmp}/tagger-holdout.bin" --holdout "$2" \
        "$UD/de_gsd-ud-dev.conllu" "$UD/de_gsd-ud-test.conllu"
else
    ./target/release/examples/train_tagger src/grammar/data/tagger.bin \
        "$UD/de_gsd-ud-dev.conllu" "$UD/de_gsd-ud-test.conllu"
fi
