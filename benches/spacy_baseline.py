#!/usr/bin/env python3
"""Times spaCy's German tokenizer with its rule-based sentencizer (spacy.blank("de") +
"sentencizer") over the `text` fields of a JSON Lines file: the floor that
benches/compare.sh holds standpunkt against. Loading spaCy and reading the file are not
timed; only nlp.pipe over the texts, with every sentence visited.

usage: spacy_baseline.py CORPUS.jsonl
Prints: seconds bytes tokens sentences
"""
import json
import sys
import time

import spacy


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 10**9
    started = time.perf_counter()
    tokens = sentences = 0
    for doc in nlp.pipe(texts, batch_size=256):
        tokens += len(doc)
        sentences += sum(1 for _ in doc.sents)
    elapsed = time.perf_counter() - started
    print(f"{elapsed:.3f} {nbytes} {tokens} {sentences}")


if __name__ == "__main__":
    main()
