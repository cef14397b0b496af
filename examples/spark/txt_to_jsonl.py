#!/usr/bin/env python3
"""Text articles (one `.txt` file each, as `standpunkt` reads directories) → JSON Lines
that read as the same articles: `{"id": file stem, "text": the whole file}`, in sorted
file order. A text file's optional first line ` date YYYY-MM-DD headline` stays in the
text, where standpunkt's JSON Lines reader does not look for it; pass --date-header to move
such a date into the record's `date` (the text, and so every span, stays the same).

    txt_to_jsonl.py DIR > articles.jsonl
"""

import json
import os
import re
import sys

HEADER = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)")


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    with_dates = "--date-header" in argv
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    root = args[0]
    paths = []
    for folder, _dirs, files in os.walk(root):
        paths.extend(os.path.join(folder, f) for f in files if f.endswith(".txt"))
    for path in sorted(paths):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        if not text.strip():
            continue
        record = {"id": os.path.splitext(os.path.basename(path))[0], "text": text}
        header = HEADER.match(text.split("\n", 1)[0]) if with_dates else None
        if header:
            record["date"] = header.group(1)
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
