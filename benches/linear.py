#!/usr/bin/env python3
"""Linear time and bounded memory on any input: per-MB time of `standpunkt extract` on
single-line files of 1-64 MB (the issue's generator, real articles concatenated without
line breaks, one giant token, run-on sentences without periods) against normal news.

    cargo build --release && python3 benches/linear.py [--sizes 1,2,4,8,16,64] [--check]

Time is the process's CPU time (user + system, from /usr/bin/time), so that other load on the
machine does not distort it; wall time is shown too. Peak RSS is the process's maximum
resident set. The start-up (lexicon load, measured on an empty article) is subtracted
before dividing by size. With --check the script exits 1 if any per-MB time is over 2x
that of normal news (CI runs it so); --check-rss adds the bound of 500 MB peak RSS.
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BINARY = ROOT / "target" / "release" / "standpunkt"
SHARED = ROOT.parent / "shared" / "corpus"
MB = 1 << 20
WORDS = ['Die', 'Regierung', 'lehnte', 'den', 'Plan', 'ab', 'sagte', 'Sprecher', 'Müller',
         'und', '„', '“', ',', '.']


def run(path, threads=1):
    """CPU seconds, wall seconds and peak RSS (MB) of one extraction to /dev/null, as
    /usr/bin/time measures them (a fork of this Python process would inflate the RSS)."""
    with tempfile.NamedTemporaryFile("r") as times, open(os.devnull, "wb") as sink:
        proc = subprocess.run(
            ["/usr/bin/time", "-f", "%e %U %S %M", "-o", times.name, str(BINARY),
             "extract", "--quiet", "--threads", str(threads), str(path)],
            stdout=sink, stderr=subprocess.PIPE)
        if proc.returncode != 0:
            sys.exit(f"{path}: exit {proc.returncode}: {proc.stderr.decode(errors='replace')}")
        wall, user, system, rss_kb = times.read().split()[-4:]
    return float(user) + float(system), float(wall), int(rss_kb) / 1024


def words(rng, size, vocabulary):
    out, n = [], 0
    while n < size:
        w = rng.choice(vocabulary)
        out.append(w)
        n += len(w.encode()) + 1
    return " ".join(out)


def news_texts():
    texts = []
    for corpus in ("wn-dev", "spkatt-train"):
        d = SHARED / corpus
        if d.is_dir():
            texts += [p.read_text(encoding="utf-8") for p in sorted(d.glob("*.txt"))]
    if not texts:
        sys.exit(f"needs the corpora in {SHARED} (wn-dev, spkatt-train)")
    return texts


def make(kind, size, texts):
    rng = random.Random(7)
    if kind == "generator":
        return words(rng, size, WORDS)
    if kind == "run-on":
        return words(rng, size, [w for w in WORDS if w != "."])
    if kind == "one token":
        return "Merz" + "a" * (size - 4)
    if kind == "articles":
        joined = " ".join(" ".join(t.split()) for t in texts)
        return (joined + " ") * (size // len(joined.encode()) + 1)
    raise ValueError(kind)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,2,4,8,16,64")
    ap.add_argument("--check", action="store_true",
                    help="exit 1 if a per-MB CPU time is over 2x that of news")
    ap.add_argument("--check-rss", action="store_true",
                    help="exit 1 also if a peak RSS is over 500 MB")
    args = ap.parse_args()
    if not Path("/usr/bin/time").exists():
        sys.exit("needs /usr/bin/time (apt-get install time)")
    if not BINARY.exists():
        sys.exit(f"{BINARY}: build it first (cargo build --release)")
    sizes = [int(s) for s in args.sizes.split(",")]
    texts = news_texts()
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        empty = tmp / "empty.txt"
        empty.write_text("Leer.")
        startup = min(run(empty)[0] for _ in range(3))
        # Normal news: the corpora as they are, one article per file.
        news = tmp / "news"
        news.mkdir()
        total = 0
        for i in range(4):
            for j, t in enumerate(texts):
                (news / f"{i:02}_{j:05}.txt").write_text(t, encoding="utf-8")
                total += len(t.encode())
        cpu, wall, rss = run(news)
        base = (cpu - startup) / (total / MB)
        print(f"start-up {startup:.2f} s CPU; normal news: {total / MB:.1f} MB in "
              f"{len(texts) * 4} articles, {base:.3f} s/MB CPU, peak RSS {rss:.0f} MB")
        print()
        print("| input | size | CPU s | wall s | CPU s/MB | vs news | peak RSS MB |")
        print("|---|---|---|---|---|---|---|")
        print(f"| normal news | {total / MB:.1f} MB | {cpu:.2f} | {wall:.2f} | {base:.3f} | 1.00 | {rss:.0f} |")
        for kind in ("generator", "articles", "one token", "run-on"):
            for size in sizes:
                path = tmp / "input.txt"
                data = make(kind, size * MB, texts).encode()[: size * MB]
                # Cut on a character boundary.
                data = data.decode("utf-8", errors="ignore").encode()
                path.write_bytes(data)
                cpu, wall, rss = run(path)
                per_mb = (cpu - startup) / (len(data) / MB)
                ratio = per_mb / base
                print(f"| {kind} | {size} MB | {cpu:.2f} | {wall:.2f} | {per_mb:.3f} | "
                      f"{ratio:.2f} | {rss:.0f} |", flush=True)
                if ratio > 2.0:
                    failures.append(f"{kind} {size} MB: {ratio:.2f}x the per-MB time of news")
                if rss > 500 and args.check_rss:
                    failures.append(f"{kind} {size} MB: peak RSS {rss:.0f} MB")
    if failures:
        print("\n".join(["", "over the bounds:"] + failures))
        if args.check:
            sys.exit(1)


if __name__ == "__main__":
    main()
