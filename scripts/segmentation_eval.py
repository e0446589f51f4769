#!/usr/bin/env python3
"""Scores `bitext segment` and pySBD against the gold segmentation of ../shared/corpus/releases.

Boundary precision/recall/F1 on whitespace-free offsets: a segmentation is the set of positions,
counted in non-whitespace characters from the start of the text, where one segment ends and the
next begins. Called by scripts/eval-segmentation (which builds Bitext and prepares the venv).
"""
import json
import os
import subprocess
import sys
import tempfile
import time

TUNING = {  # releases the rules were tuned on; the others are held out
    "admin-fedpol-2016-10-25", "canada-ps-2011-08-30-toews", "canada-ps-2022-07-30-wdatip",
    "euneighbours-2018-10-10-interpol-trigger-iv", "interpol-2008-general-assembly-st-petersburg",
    "interpol-2009-PR028",
}


def boundaries(segments):
    cuts, total = set(), 0
    for segment in segments:
        total += len("".join(segment.split()))
        cuts.add(total)
    cuts.discard(total)
    return cuts, total


def score(counts):
    tp, fp, fn = counts
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run_bitext(bitext, path, lang):
    out = subprocess.run([bitext, "segment", path, "--lang", lang], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"bitext segment {path} failed: {out.stderr}")
    return [line for line in out.stdout.split("\n") if line.strip()]


def main():
    bitext, releases = sys.argv[1], sys.argv[2]
    import pysbd
    sbd = {lang: pysbd.Segmenter(language=lang, clean=False) for lang in ("en", "fr")}

    def run_pysbd(text, lang):
        # pySBD gets every non-empty line on its own (lines are blocks in these files).
        return [s for line in text.split("\n") if line.strip() for s in sbd[lang].segment(line) if s.strip()]

    names = sorted(d for d in os.listdir(releases) if os.path.isdir(os.path.join(releases, d)))
    counts = {}  # (system, lang, subset) -> [tp, fp, fn]
    errors = []
    timing = {"bitext": [0, 0.0], "pysbd": [0, 0.0]}
    for name in names:
        subset = "tuning" if name in TUNING else "held-out"
        for lang in ("en", "fr"):
            path = os.path.join(releases, name, f"{lang}.txt")
            text = open(path, encoding="utf-8").read()
            gold = [s for s in open(os.path.join(releases, name, f"{lang}.sent"), encoding="utf-8").read().split("\n") if s.strip()]
            gold_cuts, gold_total = boundaries(gold)
            start = time.perf_counter()
            ours = run_bitext(bitext, path, lang)
            timing["bitext"][0] += len(text.encode()); timing["bitext"][1] += time.perf_counter() - start
            start = time.perf_counter()
            theirs = run_pysbd(text, lang)
            timing["pysbd"][0] += len(text.encode()); timing["pysbd"][1] += time.perf_counter() - start
            for system, segments in (("bitext", ours), ("pysbd", theirs)):
                cuts, total = boundaries(segments)
                if total != gold_total:
                    errors.append(f"{system} {name}/{lang}: {total} non-space characters, gold has {gold_total}")
                for key in ((system, lang, subset), (system, lang, "all")):
                    c = counts.setdefault(key, [0, 0, 0])
                    c[0] += len(cuts & gold_cuts); c[1] += len(cuts - gold_cuts); c[2] += len(gold_cuts - cuts)
                if system == "bitext" and os.environ.get("SHOW_ERRORS") in ("all", subset):
                    show_errors(name, lang, segments, gold)

    print(f"Boundary scores on {len(names)} releases ({len(TUNING)} tuning, {len(names) - len(TUNING)} held out)\n")
    print(f"{'system':8} {'lang':4} {'subset':9} {'P':>6} {'R':>6} {'F1':>6}  (tp/fp/fn)")
    for system in ("bitext", "pysbd"):
        for lang in ("en", "fr"):
            for subset in ("tuning", "held-out", "all"):
                c = counts.get((system, lang, subset), [0, 0, 0])
                p, r, f = score(c)
                print(f"{system:8} {lang:4} {subset:9} {p:6.3f} {r:6.3f} {f:6.3f}  ({c[0]}/{c[1]}/{c[2]})")
    for error in errors:
        print("text mismatch:", error)
    print()
    for system, (size, seconds) in timing.items():
        label = "per file, process start included" if system == "bitext" else "per file, in process"
        print(f"{system:8} corpus: {size / 1e6 / seconds:8.3f} MB/s ({label})")
    return bitext, sbd, releases, names


def show_errors(name, lang, segments, gold):
    cuts, _ = boundaries(segments)
    gold_cuts, _ = boundaries(gold)
    if cuts == gold_cuts:
        return
    print(f"--- {name}/{lang}: missing {sorted(gold_cuts - cuts)} extra {sorted(cuts - gold_cuts)}")
    import difflib
    for line in difflib.unified_diff(gold, segments, "gold", "bitext", n=0, lineterm=""):
        print("   ", line[:160])


def throughput(bitext, sbd, releases, names, megabytes):
    texts = [open(os.path.join(releases, n, f"{l}.txt"), encoding="utf-8").read() for n in names for l in ("en", "fr")]
    block = "\n\n".join(texts) + "\n\n"
    big = block * max(1, int(megabytes * 1e6 / len(block.encode())))
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "big.en.txt")
        open(path, "w", encoding="utf-8").write(big)
        size = len(big.encode())
        start = time.perf_counter()
        out = subprocess.run([bitext, "segment", path, "--lang", "en", "--timing"], capture_output=True)
        seconds = time.perf_counter() - start
        if out.returncode != 0:
            sys.exit(f"bitext segment on the large input failed: {out.stderr.decode()}")
        n_ours = out.stdout.count(b"\n")
        timing = [l for l in out.stderr.decode().splitlines() if l.startswith("timing")]
    sample = block * max(1, int(1e6 / len(block.encode())))
    start = time.perf_counter()
    n_theirs = sum(len(sbd["en"].segment(line)) for line in sample.split("\n") if line.strip())
    pysbd_seconds = time.perf_counter() - start
    ours = size / 1e6 / seconds
    theirs = len(sample.encode()) / 1e6 / pysbd_seconds
    print(f"\nThroughput on a large input (the corpus repeated):")
    print(f"bitext   {size / 1e6:6.1f} MB  {seconds:7.2f} s  {ours:8.2f} MB/s  ({n_ours} segments; whole command: read, segment, print)")
    print(f"pysbd    {len(sample.encode()) / 1e6:6.1f} MB  {pysbd_seconds:7.2f} s  {theirs:8.2f} MB/s  ({n_theirs} segments)")
    segment_rate = float(timing[0].split("segment ")[1].split(", ")[1].split(" ")[0]) if timing else 0.0
    print(f"bitext   segmentation alone: {segment_rate:.1f} MB/s of processor time ({timing[0] if timing else 'no timing'})")
    print(f"ratio    bitext/pysbd = {ours / theirs:.0f}x whole command, {segment_rate / theirs:.0f}x segmentation alone")


if __name__ == "__main__":
    bitext, sbd, releases, names = main()
    throughput(bitext, sbd, releases, names, float(os.environ.get("EVAL_MB", "10")))
