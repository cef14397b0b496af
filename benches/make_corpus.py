#!/usr/bin/env python3
"""Writes a JSON Lines corpus of at least MB megabytes of article text, made of the
10kGNAD test split and the SpkAtt texts from ../shared, repeated with distinct ids
(`<id>~r<N>`) so that no article is skipped as a repeat.

usage: make_corpus.py SHARED OUT.jsonl MB
Prints the number of articles and of text bytes (UTF-8) written.
"""
import glob
import json
import os
import sys


def articles(shared):
    with open(os.path.join(shared, "corpus", "gnad-test.jsonl"), encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            yield {"id": str(record["id"]), "source": record.get("source"), "text": record["text"]}
    for path in sorted(glob.glob(os.path.join(shared, "corpus", "spkatt-train", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            yield {"id": "spkatt_" + os.path.basename(path)[:-4], "text": f.read()}


def main():
    shared, out, megabytes = sys.argv[1], sys.argv[2], float(sys.argv[3])
    base = list(articles(shared))
    target = int(megabytes * 1e6)
    written = count = 0
    round_ = 0
    with open(out + ".part", "w", encoding="utf-8") as f:
        while written < target:
            for a in base:
                record = dict(a)
                if round_:
                    record["id"] = f"{a['id']}~r{round_}"
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += len(a["text"].encode("utf-8"))
                count += 1
            round_ += 1
    os.replace(out + ".part", out)
    print(count, written)


if __name__ == "__main__":
    main()
