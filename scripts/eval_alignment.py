"""Helper of scripts/eval-alignment: runs bitext and galechurch on the gold sets, scores them with
the strict/lax metrics of ../shared/corpus/README.md (micro-averaged), and measures speed and memory."""

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time

GALECHURCH = r"""
import sys, galechurch
src = open(sys.argv[1], encoding="utf-8").read().split("\n")
tgt = open(sys.argv[2], encoding="utf-8").read().split("\n")
if src and src[-1] == "": src.pop()
if tgt and tgt[-1] == "": tgt.pop()
print("\n".join(galechurch.align(src, tgt, max_block_size=10**11).to_pharaoh_lines()))
"""


def parse_beads(text):
    beads = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        left, right = line.split(":")
        side = lambda s: tuple(int(x) for x in s.strip()[1:-1].split(",") if x.strip())
        beads.append((side(left), side(right)))
    return beads


def score(predicted, gold):
    """Counts (predicted, gold pairs, strict correct, lax correct, strict found, lax found)."""
    gold_set = set(gold)
    gold_pairs = [g for g in gold if g[0] and g[1]]
    pred_pairs = [p for p in predicted if p[0] and p[1]]
    overlap = lambda a, b: set(a[0]) & set(b[0]) and set(a[1]) & set(b[1])
    strict = lax = 0
    for p in predicted:
        if p in gold_set:
            strict += 1
            lax += 1
        elif p[0] and p[1] and any(overlap(p, g) for g in gold_pairs):
            lax += 1
    pred_set = set(pred_pairs)
    sfound = sum(1 for g in gold_pairs if g in pred_set)
    lfound = sum(1 for g in gold_pairs if any(overlap(p, g) for p in pred_pairs))
    return [len(predicted), len(gold_pairs), strict, lax, sfound, lfound]


def f1(c):
    def prf(correct, found):
        p = correct / c[0] if c[0] else 0
        r = found / c[1] if c[1] else 0
        return p, r, (2 * p * r / (p + r) if p + r else 0)
    return prf(c[2], c[4]), prf(c[3], c[5])


def timed(cmd, timeout=None):
    """Runs a command through /usr/bin/time -v: (stdout, seconds, peak RSS in MB), or None on timeout."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        start = time.perf_counter()
        proc = subprocess.Popen(["/usr/bin/time", "-v", "-o", tf.name] + cmd, start_new_session=True,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)  # /usr/bin/time and the command it runs
            proc.communicate()
            return None
        seconds = time.perf_counter() - start
        if proc.returncode != 0:
            sys.exit(f"failed: {' '.join(cmd)}\n{err}")
        rss = 0.0
        for line in open(tf.name):
            if "Maximum resident set size" in line:
                rss = int(line.split(":")[1]) / 1024
        return out, seconds, rss


def sets(corpus, include):
    tb = os.path.join(corpus, "textberg")
    tr = os.path.join(corpus, "transread")
    rel = os.path.join(corpus, "releases")
    books = sorted(f[:-6] for f in os.listdir(tr) if f.endswith(".en-fr"))
    # Tuning used Text+Berg dev and the first five books; the other six are held out.
    result = {
        "Text+Berg DE-FR test0-6": ("de,fr", [(f"{tb}/test{k}.de", f"{tb}/test{k}.fr", f"{tb}/test{k}.defr") for k in range(7)]),
        "Text+Berg DE-FR dev": ("de,fr", [(f"{tb}/dev.de", f"{tb}/dev.fr", f"{tb}/dev.defr")]),
        "TransRead EN-FR (11 books)": ("en,fr", [(f"{tr}/{b}.en", f"{tr}/{b}.fr", f"{tr}/{b}.en-fr") for b in books]),
        "  TransRead tuning (5 books)": ("en,fr", [(f"{tr}/{b}.en", f"{tr}/{b}.fr", f"{tr}/{b}.en-fr") for b in books[:5]]),
        "  TransRead held-out (6 books)": ("en,fr", [(f"{tr}/{b}.en", f"{tr}/{b}.fr", f"{tr}/{b}.en-fr") for b in books[5:]]),
        "EN-FR releases (12)": ("en,fr", [(f"{rel}/{d}/en.sent", f"{rel}/{d}/fr.sent", f"{rel}/{d}/gold.align")
                                          for d in sorted(os.listdir(rel)) if os.path.isdir(os.path.join(rel, d))]),
    }
    return {k: v for k, v in result.items() if not include or any(i.lower() in k.lower() for i in include)}


def bitext_beads(args, langs, src, tgt, extra):
    cmd = [args.bitext, "align", "--presegmented", "--format", "json", "--langs", langs, src, tgt] + extra
    out, seconds, _ = timed(cmd)
    doc = json.loads(out)
    beads = [(tuple(b["source"]), tuple(b["target"])) for b in doc["beads"]]
    conf = [b["confidence"] for b in doc["beads"]]
    return beads, conf, seconds


def galechurch_beads(args, src, tgt):
    out, seconds, _ = timed([sys.executable, "-c", GALECHURCH, src, tgt])
    return parse_beads(out), seconds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bitext", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--quick", action="store_true", help="quality only")
    ap.add_argument("--no-baseline", action="store_true", help="skip galechurch")
    ap.add_argument("--set", action="append", default=[], help="only sets whose name contains this")
    ap.add_argument("--weight", action="append", default=[], help="NAME=VALUE passed to bitext")
    ap.add_argument("--no-dictionary", action="store_true")
    ap.add_argument("--ks", default="1,5,10,35")
    ap.add_argument("--baseline-timeout", type=float, default=120)
    args = ap.parse_args()
    extra = [f"--weight={w}" for w in args.weight] + (["--no-dictionary"] if args.no_dictionary else [])

    print(f"{'set':32} {'system':10} {'strict P':>8} {'R':>6} {'F1':>6} | {'lax P':>6} {'R':>6} {'F1':>6} | {'time s':>7}")
    conf_bins = [[0, 0] for _ in range(4)]  # confidence <0.5, 0.5-0.8, 0.8-0.95, >=0.95: [correct, total]
    edges = [0.5, 0.8, 0.95]
    for name, (langs, docs) in sets(args.corpus, args.set).items():
        totals = {"bitext": [0] * 6, "galechurch": [0] * 6}
        seconds = {"bitext": 0.0, "galechurch": 0.0}
        for src, tgt, gold_path in docs:
            gold = parse_beads(open(gold_path, encoding="utf-8").read())
            gold_set = set(gold)
            beads, conf, s = bitext_beads(args, langs, src, tgt, extra)
            seconds["bitext"] += s
            totals["bitext"] = [a + b for a, b in zip(totals["bitext"], score(beads, gold))]
            if not name.startswith("  "):
                for bead, c in zip(beads, conf):
                    if bead[0] and bead[1]:
                        k = sum(1 for e in edges if c >= e)
                        conf_bins[k][0] += bead in gold_set
                        conf_bins[k][1] += 1
            if not args.no_baseline:
                gbeads, gs = galechurch_beads(args, src, tgt)
                seconds["galechurch"] += gs
                totals["galechurch"] = [a + b for a, b in zip(totals["galechurch"], score(gbeads, gold))]
        for system in (["bitext"] if args.no_baseline else ["bitext", "galechurch"]):
            (sp, sr, sf), (lp, lr, lf) = f1(totals[system])
            print(f"{name:32} {system:10} {sp:8.3f} {sr:6.3f} {sf:6.3f} | {lp:6.3f} {lr:6.3f} {lf:6.3f} | {seconds[system]:7.2f}")
    labels = ["< 0.5", "0.5-0.8", "0.8-0.95", ">= 0.95"]
    print("\nconfidence of bitext's pairs (all sets above) → strict precision:")
    for label, (correct, total) in zip(labels, conf_bins):
        print(f"  {label:9} {total:6} pairs  precision {correct / total if total else 0:.3f}")
    if args.quick:
        return

    print("\nspeed: Text+Berg dev+test0-6 concatenated K times (time s / peak RSS MB)")
    tb = os.path.join(args.corpus, "textberg")
    parts = ["dev"] + [f"test{k}" for k in range(7)]
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'K':>3} {'sentences':>9} | {'bitext s':>8} {'MB':>6} | {'galechurch s':>12} {'MB':>6} | {'speed-up':>8}")
        for k in [int(x) for x in args.ks.split(",")]:
            for lang in ("de", "fr"):
                with open(f"{tmp}/k{k}.{lang}", "w", encoding="utf-8") as out:
                    for _ in range(k):
                        for p in parts:
                            out.write(open(f"{tb}/{p}.{lang}", encoding="utf-8").read())
            n = sum(1 for _ in open(f"{tmp}/k{k}.de", encoding="utf-8"))
            b = timed([args.bitext, "align", "--presegmented", "--langs", "de,fr", f"{tmp}/k{k}.de", f"{tmp}/k{k}.fr"] + extra)
            g = None
            if not args.no_baseline:
                g = timed([sys.executable, "-c", GALECHURCH, f"{tmp}/k{k}.de", f"{tmp}/k{k}.fr"], timeout=args.baseline_timeout)
            if args.no_baseline:
                gtext, ratio = f"{'skipped':>12} {'-':>6}", f"{'-':>8}"
            elif g:
                gtext, ratio = f"{g[1]:12.2f} {g[2]:6.0f}", f"{g[1] / b[1]:7.1f}x"
            else:
                gtext = f"{'> %.0f (cut)' % args.baseline_timeout:>12} {'-':>6}"
                ratio = f"{'> %.1f' % (args.baseline_timeout / b[1]):>7}x"
            print(f"{k:3} {n:9} | {b[1]:8.2f} {b[2]:6.0f} | {gtext} | {ratio}")


if __name__ == "__main__":
    main()
