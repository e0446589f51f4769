"""Helper of scripts/eval-alignment: runs bitext and galechurch on the gold sets, scores them with
the strict/lax metrics of ../shared/corpus/README.md (micro-averaged), and measures speed and memory."""

import argparse
import json
import math
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


def tally_types(by_type, predicted, gold):
    """Adds, per bead type (`1-2`), the gold beads, those found, the predicted beads and the right ones."""
    kind = lambda b: f"{len(b[0])}-{len(b[1])}"
    gold_set, pred_set = set(gold), set(predicted)
    for g in gold:
        row = by_type.setdefault(kind(g), [0, 0, 0, 0])
        row[0] += 1
        row[1] += g in pred_set
    for p in predicted:
        row = by_type.setdefault(kind(p), [0, 0, 0, 0])
        row[2] += 1
        row[3] += p in gold_set


def f1(c):
    def prf(correct, found):
        p = correct / c[0] if c[0] else 0
        r = found / c[1] if c[1] else 0
        return p, r, (2 * p * r / (p + r) if p + r else 0)
    return prf(c[2], c[4]), prf(c[3], c[5])


def timed(cmd, timeout=None, stdin=None):
    """Runs a command through /usr/bin/time -v: (stdout, wall seconds, peak RSS in MB, CPU seconds),
    or None on timeout."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        start = time.perf_counter()
        proc = subprocess.Popen(["/usr/bin/time", "-v", "-o", tf.name] + cmd, start_new_session=True,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            out, err = proc.communicate(input=stdin, timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)  # /usr/bin/time and the command it runs
            proc.communicate()
            return None
        seconds = time.perf_counter() - start
        if proc.returncode != 0:
            sys.exit(f"failed: {' '.join(cmd)}\n{err}")
        rss = cpu = 0.0
        for line in open(tf.name):
            if "Maximum resident set size" in line:
                rss = int(line.split(":")[1]) / 1024
            elif "User time" in line or "System time" in line:
                cpu += float(line.split(":")[1])
        return out, seconds, rss, cpu


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
    out, seconds, _, _ = timed(cmd)
    doc = json.loads(out)
    beads = [(tuple(b["source"]), tuple(b["target"])) for b in doc["beads"]]
    conf = [b["confidence"] for b in doc["beads"]]
    return beads, conf, seconds


def bench_beads(args, langs, docs, extra):
    """All documents of a set aligned by bitext-bench-align in one process (time split evenly)."""
    lines = "".join(f"{langs}\t{src}\t{tgt}\n" for src, tgt, _ in docs)
    start = time.perf_counter()
    out = subprocess.run([args.bench] + extra, input=lines, capture_output=True, text=True, check=True).stdout
    seconds = (time.perf_counter() - start) / max(1, len(docs))
    result = []
    for line in out.splitlines():
        beads = json.loads(line)["beads"]
        result.append(([(tuple(b[0]), tuple(b[1])) for b in beads], [b[2] for b in beads], seconds,
                       [b[3] for b in beads]))
    return result


def coverage(args, extra):
    """Per set, the mean share (over documents) of matched words in gold pairs and in gold neighbours."""
    print(f"{'set':32} {'gold pairs':>10} {'neighbours':>10}")
    for name, (langs, docs) in sets(args.corpus, args.set).items():
        lines = "".join(f"{langs}\t{src}\t{tgt}\t{gold}\n" for src, tgt, gold in docs)
        out = subprocess.run([args.bench, "--coverage"] + extra, input=lines, capture_output=True, text=True, check=True).stdout
        shares = [json.loads(line)["coverage"] for line in out.splitlines()]
        gold = sum(s[0] for s in shares) / len(shares)
        wrong = sum(s[1] for s in shares) / len(shares)
        print(f"{name:32} {gold:10.3f} {wrong:10.3f}")


TUNING = ("Text+Berg DE-FR dev", "  TransRead tuning (5 books)", "EN-FR releases (12)")
HELD_OUT = ("Text+Berg DE-FR test0-6", "  TransRead held-out (6 books)")


def fit_logistic(rows, iterations=30, ridge=1e-3):
    """Logistic regression by Newton's method: rows of (features, 0/1); returns [intercept, weights…]."""
    k = len(rows[0][0]) + 1
    w = [0.0] * k
    for _ in range(iterations):
        grad = [0.0] * k
        hess = [[ridge if i == j else 0.0 for j in range(k)] for i in range(k)]
        for x, y in rows:
            v = [1.0] + x
            z = sum(a * b for a, b in zip(w, v))
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            for i in range(k):
                grad[i] += (p - y) * v[i]
                for j in range(k):
                    hess[i][j] += p * (1 - p) * v[i] * v[j]
        for i in range(k):
            grad[i] += ridge * w[i]
        step = solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
    return w


def solve(a, b):
    """Gaussian elimination with partial pivoting."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c and m[c][c]:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] if m[i][i] else 0 for i in range(n)]


def bands(pairs):
    """(confidence, right) → strict precision per confidence band."""
    edges, bins = [0.5, 0.8, 0.95], [[0, 0] for _ in range(4)]
    for c, right in pairs:
        k = sum(1 for e in edges if c >= e)
        bins[k][0] += right
        bins[k][1] += 1
    return " ".join(f"{label} {b[0] / b[1] if b[1] else 0:.3f} ({b[1]})" for label, b in
                    zip(["<0.5", "0.5-0.8", "0.8-0.95", ">=0.95"], bins))


def fit(args, extra):
    """Fits the confidence model on the pairs of the tuning sets; prints it and its bands on held-out."""
    data = {}
    for name, (langs, docs) in sets(args.corpus, []).items():
        if name not in TUNING + HELD_OUT:
            continue
        rows = []
        for (src, tgt, gold_path), (beads, conf, _, feats) in zip(docs, bench_beads(args, langs, docs, extra)):
            gold_set = set(parse_beads(open(gold_path, encoding="utf-8").read()))
            rows += [(f, c, int(b in gold_set)) for b, c, f in zip(beads, conf, feats) if b[0] and b[1]]
        data[name] = rows
    train = [(f, y) for name in TUNING for f, _, y in data[name]]
    w = fit_logistic(train)
    print("coefficients (intercept, logit posterior, evidence, matched share, log(1+words), length cost, 1-1):")
    print("  [" + ", ".join(f"{x:.3f}" for x in w) + "]")
    predict = lambda f: 1 / (1 + math.exp(-max(-30, min(30, w[0] + sum(a * b for a, b in zip(w[1:], f))))))
    for name in TUNING + HELD_OUT:
        print(f"{name.strip():30} current: {bands([(c, y) for _, c, y in data[name]])}")
        print(f"{'':30} fitted:  {bands([(predict(f), y) for f, _, y in data[name]])}")


def galechurch_beads(args, src, tgt):
    out, seconds, _, _ = timed([sys.executable, "-c", GALECHURCH, src, tgt])
    return parse_beads(out), seconds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bitext", help="the bitext executable (one process per document)")
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--quick", action="store_true", help="quality only")
    ap.add_argument("--no-baseline", action="store_true", help="skip galechurch")
    ap.add_argument("--set", action="append", default=[], help="only sets whose name contains this")
    ap.add_argument("--weight", action="append", default=[], help="NAME=VALUE passed to bitext")
    ap.add_argument("--no-dictionary", action="store_true")
    ap.add_argument("--ks", default="1,5,10,35")
    ap.add_argument("--baseline-timeout", type=float, default=120)
    ap.add_argument("--errors", action="store_true", help="per set: recall of gold beads and precision of predicted beads by bead type")
    ap.add_argument("--bench", help="bitext-bench-align: quality runs in one process (no per-run timing)")
    ap.add_argument("--fit", action="store_true", help="with --bench: fit the confidence model on the tuning sets, check it on the held-out ones")
    ap.add_argument("--dump", help="write bitext's beads of each document into this folder")
    ap.add_argument("--coverage", action="store_true",
                    help="with --bench: per set, the share of the words of gold pairs that match before learning, and of gold neighbours (wrong matches)")
    ap.add_argument("--bench-arg", action="append", default=[],
                    help="an option of bitext-bench-align (--pool: one lexicon learned from all the documents of a set, --pool-threshold=P, --pool-cooccurrences=N)")
    ap.add_argument("--context-set", action="append", default=[],
                    help="with --bench: the documents of the sets whose name contains this join the pooled lexicon, unscored")
    args = ap.parse_args()
    if not args.bitext and not args.bench:
        ap.error("give --bitext or --bench")
    extra = [f"--weight={w}" for w in args.weight] + (["--no-dictionary"] if args.no_dictionary else [])
    extra += args.bench_arg
    if args.context_set:
        context = tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False)
        for langs, docs in sets(args.corpus, args.context_set).values():
            context.write("".join(f"{langs}\t{src}\t{tgt}\n" for src, tgt, _ in docs))
        context.close()
        extra.append(f"--context={context.name}")
    if args.fit:
        return fit(args, extra)

    if args.coverage:
        return coverage(args, extra)
    print(f"{'set':32} {'system':10} {'strict P':>8} {'R':>6} {'F1':>6} | {'lax P':>6} {'R':>6} {'F1':>6} | {'time s':>7}")
    conf_bins = [[0, 0] for _ in range(4)]  # confidence <0.5, 0.5-0.8, 0.8-0.95, >=0.95: [correct, total]
    edges = [0.5, 0.8, 0.95]
    for name, (langs, docs) in sets(args.corpus, args.set).items():
        totals = {"bitext": [0] * 6, "galechurch": [0] * 6}
        by_type = {}  # bead type -> [gold, gold found, predicted, predicted right]
        seconds = {"bitext": 0.0, "galechurch": 0.0}
        batch = bench_beads(args, langs, docs, extra) if args.bench else None
        for index, (src, tgt, gold_path) in enumerate(docs):
            gold = parse_beads(open(gold_path, encoding="utf-8").read())
            gold_set = set(gold)
            beads, conf, s = batch[index][:3] if batch else bitext_beads(args, langs, src, tgt, extra)
            seconds["bitext"] += s
            totals["bitext"] = [a + b for a, b in zip(totals["bitext"], score(beads, gold))]
            if args.errors:
                tally_types(by_type, beads, gold)
            if args.dump:
                os.makedirs(args.dump, exist_ok=True)
                with open(os.path.join(args.dump, os.path.basename(os.path.dirname(src)) + "." + os.path.basename(src)), "w") as out:
                    for bead, c in zip(beads, conf):
                        out.write(f"{list(bead[0])}:{list(bead[1])}\t{c:.3f}\t{'ok' if bead in gold_set else 'WRONG'}\n")
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
        if args.errors:
            print("    bead type: gold found/gold | bitext right/predicted")
            for kind in sorted(by_type, key=lambda k: -by_type[k][0] - by_type[k][2]):
                g, gf, p, pr = by_type[kind]
                print(f"    {kind:>5}: {gf:5}/{g:<5} | {pr:5}/{p:<5}")
    labels = ["< 0.5", "0.5-0.8", "0.8-0.95", ">= 0.95"]
    print("\nconfidence of bitext's pairs (all sets above) → strict precision:")
    for label, (correct, total) in zip(labels, conf_bins):
        print(f"  {label:9} {total:6} pairs  precision {correct / total if total else 0:.3f}")
    if args.quick:
        return

    print("\nspeed: Text+Berg dev+test0-6 concatenated K times (wall s (CPU s) / peak RSS MB)")
    tb = os.path.join(args.corpus, "textberg")
    parts = ["dev"] + [f"test{k}" for k in range(7)]
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'K':>3} {'sentences':>9} | {'bitext s (CPU)':>15} {'MB':>6} | {'galechurch s':>15} {'MB':>6} | {'speed-up':>8}")
        for k in [int(x) for x in args.ks.split(",")]:
            for lang in ("de", "fr"):
                with open(f"{tmp}/k{k}.{lang}", "w", encoding="utf-8") as out:
                    for _ in range(k):
                        for p in parts:
                            out.write(open(f"{tb}/{p}.{lang}", encoding="utf-8").read())
            n = sum(1 for _ in open(f"{tmp}/k{k}.de", encoding="utf-8"))
            if args.bench:
                b = timed([args.bench] + extra, stdin=f"de,fr\t{tmp}/k{k}.de\t{tmp}/k{k}.fr\n")
            else:
                b = timed([args.bitext, "align", "--presegmented", "--langs", "de,fr", f"{tmp}/k{k}.de", f"{tmp}/k{k}.fr"] + extra)
            g = None
            if not args.no_baseline:
                g = timed([sys.executable, "-c", GALECHURCH, f"{tmp}/k{k}.de", f"{tmp}/k{k}.fr"], timeout=args.baseline_timeout)
            if args.no_baseline:
                gtext, ratio = f"{'skipped':>15} {'-':>6}", f"{'-':>8}"
            elif g:
                gtext, ratio = f"{g[1]:7.2f} ({g[3]:5.1f}) {g[2]:6.0f}", f"{g[1] / b[1]:7.1f}x"
            else:
                gtext = f"{'> %.0f (cut)' % args.baseline_timeout:>15} {'-':>6}"
                ratio = f"{'> %.1f' % (args.baseline_timeout / b[1]):>7}x"
            print(f"{k:3} {n:9} | {b[1]:7.2f} ({b[3]:5.1f}) {b[2]:6.0f} | {gtext} | {ratio}")


if __name__ == "__main__":
    main()
