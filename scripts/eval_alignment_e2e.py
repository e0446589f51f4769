"""Helper of scripts/eval-alignment-e2e: runs `bitext align --pairs` on the release folders of
../shared/corpus/releases (raw en.txt/fr.txt, and the gold en.sent/fr.sent for comparison), reads
the memories back through `bitext tmx convert` (CSV), and counts the gold pairs found text for text."""

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET


def norm(text):
    return " ".join(text.split())


def lines(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.strip()]


def gold_pairs(folder):
    en, fr = lines(os.path.join(folder, "en.sent")), lines(os.path.join(folder, "fr.sent"))
    pairs = []
    for bead in lines(os.path.join(folder, "gold.align")):
        left, right = bead.split(":")
        side = lambda s: [int(x) for x in s.strip()[1:-1].split(",") if x.strip()]
        e, f = side(left), side(right)
        if e and f:
            pairs.append(([norm(en[i]) for i in e], [norm(fr[j]) for j in f]))
    return pairs


def run(command, **kwargs):
    started = time.monotonic()
    before = os.times()
    # Fixed hashing: the aligner breaks some ties by hash order (see the README), and the figures
    # should not move between runs.
    env = dict(os.environ, SWIFT_DETERMINISTIC_HASHING="1")
    result = subprocess.run(command, capture_output=True, text=True, env=env, **kwargs)
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return result, time.monotonic() - started, cpu


def memory_pairs(bitext, tmx, workdir):
    table = os.path.join(workdir, os.path.basename(tmx) + ".csv")
    result, _, _ = run([bitext, "tmx", "convert", tmx, "-o", table])
    if result.returncode != 0:
        sys.exit(f"bitext tmx convert failed: {result.stderr}")
    with open(table, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header = [h.lower() for h in rows[0]]
    en, fr = header.index("en"), header.index("fr")
    return {(norm(r[en]), norm(r[fr])) for r in rows[1:] if r[en] and r[fr]}


def memory_units(tmx):
    """The bilingual units of a memory: (release folder, en, fr, marked x-boilerplate)."""
    units = []
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    for tu in ET.parse(tmx).getroot().iter("tu"):
        props = {p.get("type"): p.text for p in tu.findall("prop")}
        texts = {tuv.get(lang): norm("".join(tuv.find("seg").itertext())) for tuv in tu.findall("tuv")}
        if "en" in texts and "fr" in texts:
            release = (props.get("x-document") or "").split("/")[0]
            units.append((release, texts["en"], texts["fr"], props.get("x-boilerplate") == "yes"))
    return units


def align(bitext, releases, out, workdir, extra):
    command = [bitext, "align", "--pairs", releases, "--langs", "en,fr", "-o", out] + extra
    result, wall, cpu = run(command, cwd=workdir)
    if result.returncode != 0:
        print(result.stdout, result.stderr, file=sys.stderr)
        sys.exit(f"failed: {' '.join(command)}")
    return wall, cpu


def segmentation(bitext, path, language):
    """Bitext's sentences of a raw file: (kept, boilerplate), whitespace collapsed."""
    result, _, _ = run([bitext, "segment", "--json", "--lang", language, path])
    kept, boiler = [], []
    for line in result.stdout.splitlines():
        item = json.loads(line)
        text = norm(item["text"])
        if text:
            (boiler if item["boilerplate"] else kept).append(text)
    return kept, boiler


def reachable(side, sentences):
    """Whether the gold sentences of one side, joined, are consecutive Bitext sentences."""
    target = " ".join(side)
    for start in range(len(sentences)):
        joined = ""
        for end in range(start, min(start + 8, len(sentences))):
            joined = sentences[end] if end == start else joined + " " + sentences[end]
            if joined == target:
                return True
            if len(joined) > len(target):
                break
    return False


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bitext", required=True)
    parser.add_argument("--releases", required=True)
    parser.add_argument("--glossary")
    parser.add_argument("--misses", action="store_true", help="list the gold pairs missing from the raw run")
    args = parser.parse_args()
    args.bitext = os.path.abspath(args.bitext)
    if args.glossary:
        args.glossary = os.path.abspath(args.glossary)
    releases = os.path.abspath(args.releases)
    names = sorted(d for d in os.listdir(releases) if os.path.isfile(os.path.join(releases, d, "gold.align")))
    workdir = tempfile.mkdtemp(prefix="bitext-e2e-")
    runs = [("raw", "raw en.txt/fr.txt", [])]
    if args.glossary:
        runs.append(("raw+glossary", "raw, --glossary interpol-fr-en.tbx", ["--glossary", args.glossary]))
    # All the gold terms of the releases as one glossary: an upper bound for glossary evidence.
    terms = os.path.join(workdir, "gold-terms.tsv")
    with open(terms, "w", encoding="utf-8") as out:
        out.write("# fr\ten\n")
        for name in names:
            path = os.path.join(releases, name, "terms.tsv")
            if os.path.exists(path):
                for line in lines(path):
                    fields = line.split("\t")
                    if len(fields) >= 2:
                        out.write(f"{fields[0]}\t{fields[1]}\n")
    runs.append(("raw+terms", "raw, the releases' gold terms as glossary", ["--glossary", terms]))
    runs.append(("raw-dropped", "raw, --drop-boilerplate", ["--drop-boilerplate"]))
    runs.append(("gold-seg", "gold segmentation (--presegmented en.sent/fr.sent)", ["--presegmented"]))
    found = {}
    times = {}
    marked = {}
    units = {}
    for key, _, extra in runs:
        tmx = os.path.join(workdir, key + ".tmx")
        times[key] = align(args.bitext, releases, tmx, workdir, extra)
        found[key] = memory_pairs(args.bitext, tmx, workdir)
        units[key] = memory_units(tmx)
        marked[key] = {(e, f) for _, e, f, flag in units[key] if flag}

    causes = {"boilerplate left out": 0, "segmentation differs": 0, "alignment": 0}
    wrong = []
    totals = {key: 0 for key, _, _ in runs}
    total_gold = 0
    misses = []
    all_gold = set()
    print(f"{'release':48} {'gold':>5} " + " ".join(f"{key:>13}" for key, _, _ in runs))
    for name in names:
        folder = os.path.join(releases, name)
        gold = gold_pairs(folder)
        en_kept, en_boiler = segmentation(args.bitext, os.path.join(folder, "en.txt"), "en")
        fr_kept, fr_boiler = segmentation(args.bitext, os.path.join(folder, "fr.txt"), "fr")
        counts = {}
        for key, _, _ in runs:
            counts[key] = sum(1 for e, f in gold if (" ".join(e), " ".join(f)) in found[key])
            totals[key] += counts[key]
        total_gold += len(gold)
        all_gold.update((" ".join(e), " ".join(f)) for e, f in gold)
        for e, f in gold:
            if (" ".join(e), " ".join(f)) in found["raw"]:
                continue
            if reachable(e, en_kept) and reachable(f, fr_kept):
                cause = "alignment"
            elif (reachable(e, en_boiler) or reachable(f, fr_boiler)):
                cause = "boilerplate left out"
            else:
                cause = "segmentation differs"
            causes[cause] += 1
            if args.misses:
                misses.append(f"{name}: {cause}: {' '.join(e)[:70]!r} <> {' '.join(f)[:70]!r}")
        if args.misses:
            golden = {(" ".join(e), " ".join(f)) for e, f in gold}
            for release, e, f, flag in units["raw"]:
                if release == name and (e, f) not in golden:
                    wrong.append(f"{name}: not gold{' (x-boilerplate)' if flag else ''}: {e[:70]!r} <> {f[:70]!r}")
        print(f"{name:48} {len(gold):5} " + " ".join(
            f"{counts[key] / len(gold) if gold else 0:13.3f}" for key, _, _ in runs))
    print(f"{'overall (micro)':48} {total_gold:5} " + " ".join(f"{totals[key] / total_gold:13.3f}" for key, _, _ in runs))
    print()
    for key, label, _ in runs:
        wall, cpu = times[key]
        right = len(found[key] & all_gold)
        if marked[key]:
            label += f" [{len(marked[key])} pairs marked x-boilerplate, {len(marked[key] & all_gold)} of them gold]"
        print(f"{key:13} {label}: {totals[key]}/{total_gold} = {totals[key] / total_gold:.3f}"
              f" (target ≥ 0.95); precision of the memory {right}/{len(found[key])} = {right / max(1, len(found[key])):.3f};"
              f" --pairs run {wall:.2f} s wall, {cpu:.2f} s CPU")
    if misses:
        print("\n" + "\n".join(misses))
    if wrong:
        print("\npairs of the raw run's memory that are not gold pairs:\n" + "\n".join(wrong))
    missed = total_gold - totals["raw"]
    print(f"\nmisses of the raw run ({missed}): " + ", ".join(f"{k} {v}" for k, v in causes.items()))
    print("  boilerplate left out: a gold pair whose text Bitext's reader marks as page boilerplate and did not pair")
    print("  segmentation differs: a side that is not a run of Bitext's sentences (split or joined otherwise)")
    print("  alignment: both sides are runs of Bitext's sentences, but not paired together")


if __name__ == "__main__":
    main()
