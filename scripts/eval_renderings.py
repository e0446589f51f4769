"""Concordance rendering evaluation: see scripts/eval-renderings."""
import argparse, json, os, re, subprocess, sys, tempfile, unicodedata

DEV = ["admin-fedpol-2016-10-25", "canada-ps-2011-08-30-toews", "euneighbours-2018-10-10-interpol-trigger-iv",
       "interpol-2009-PR028", "interpol-2010-haiti-earthquake", "interpol-2013-PR144"]

def fold(text):
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'")).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"'s\b", "", text)  # INTERPOL's General Secretariat renders INTERPOL General Secretariat
    words = re.findall(r"[a-z0-9]+", text)
    def singular(w):
        if len(w) > 4 and w.endswith("ies"):
            return w[:-3] + "y"  # countries renders country
        return w[:-1] if len(w) > 3 and w.endswith("s") else w
    return " ".join(singular(w) for w in words)

def gold_terms(releases):
    for release in sorted(os.listdir(releases)):
        path = os.path.join(releases, release, "terms.tsv")
        if not os.path.exists(path):
            continue
        for line in open(path, encoding="utf-8"):
            fields = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(fields) < 2 or not fields[0].strip():
                continue
            yield ("dev" if release in DEV else "held-out"), release, fields[0], fields[1]

def evaluate(bitext, memory, empty, terms, verbose, label):
    counts = {}
    for split, release, french, english in terms:
        result = subprocess.run([bitext, "lookup", french, "--from", "fr", "--to", "en", "--concordance", "--json",
                                 "--tm", memory, "--glossary", empty], capture_output=True, text=True)
        try:
            concordance = json.loads(result.stdout).get("concordance", {})
        except json.JSONDecodeError:
            print(f"{label}: {french!r}: no JSON ({result.stderr.strip()[:200]})", file=sys.stderr)
            continue
        groups = concordance.get("groups", [])
        if not groups:
            continue
        top = groups[0]
        highlighted = top.get("spanEvidence") is not None
        right = highlighted and fold(top.get("rendering") or "") == fold(english)
        # A term found only through near hits (another inflection, one inserted word) is counted apart,
        # so that the exact rows compare with binaries that have no near hits.
        near_only = concordance.get("nearHits", 0) >= concordance.get("totalHits", 0) > 0
        c = counts.setdefault(split + (" near" if near_only else ""), [0, 0, 0])
        c[0] += 1
        c[1] += right
        c[2] += highlighted and not right
        if verbose and not right and split == "dev":
            shown = top.get("rendering") if highlighted else "(no highlight)"
            print(f"  {label} dev{' (near only)' if near_only else ''}: {french} → gold {english!r}, shown {shown!r}")
    return counts

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--releases", required=True)
    parser.add_argument("--bitext", required=True)
    parser.add_argument("--baseline-binary")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    terms = list(gold_terms(args.releases))
    with tempfile.TemporaryDirectory() as work:
        memory = os.path.join(work, "tmx", "releases.tmx")
        empty = os.path.join(work, "no-glossaries")
        os.makedirs(empty)
        subprocess.run([args.bitext, "align", "--pairs", args.releases, "--langs", "en,fr", "-o", memory],
                       check=True, capture_output=True)
        runs = [("bitext", args.bitext)] + ([("baseline", args.baseline_binary)] if args.baseline_binary else [])
        results = [(label, evaluate(binary, os.path.dirname(memory), empty, terms, args.verbose, label)) for label, binary in runs]
    print("Concordance renderings of the gold terms (fr→en, top group; memory aligned by Bitext from the raw releases)")
    print("(rows 'near': terms found only as near hits: another inflection or one inserted word)")
    print(f"{'':10} {'split':14} {'found':>6} {'right':>11} {'wrong':>11} {'none':>5}")
    for label, counts in results:
        for split in ("dev", "held-out", "dev near", "held-out near"):
            if split.endswith("near") and split not in counts:
                continue
            total, right, wrong = counts.get(split, [0, 0, 0])
            print(f"{label:10} {split:14} {total:6} {right:4} ({right / max(total, 1):.2f}) {wrong:4} ({wrong / max(total, 1):.2f}) {total - right - wrong:5}")

main()
