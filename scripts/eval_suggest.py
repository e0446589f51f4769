#!/usr/bin/env python3
"""Recall and precision of `bitext terms suggest` (fr→en) on the releases of ../shared/corpus/releases.

For each release, the glossary is the gold terms.tsv of that release ("own terms") or of all releases
("all terms"). Bitext's marks come from `bitext terms suggest fr.txt --json`. The reference and the judge
below are written independently of Bitext's matcher (their own folding, tokens and stems):

- a gold term OCCURS when, in one gold pair (bead of gold.align with both sides), its French words occur
  in the French sentences and its English words in the English sentences, in order, each word compared
  by a loose stem, with at most two words inserted; gold terms that occur in no pair are listed apart
  and not counted;
- RECALL = occurring gold terms marked at least once in fr.txt / occurring gold terms;
- a mark is RIGHT when its span holds the term's French words (same loose test) and the English
  sentences aligned with the French sentence holding the mark hold one of the mark's translations;
  marks in a French sentence with no English counterpart are not judged; PRECISION = right / judged.

The baseline, measured in the same run with the same judge, is a naive search: each gold French term,
case and accents folded, as a whole-word substring of fr.txt (white space runs allowed between words).
Usage: eval_suggest.py BITEXT RELEASES_DIR [--quiet] [--dev NAMES] [--held NAMES]
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

APOSTROPHES = "’‘ʼ`´"
DASHES = "‐‑–—"


def fold_char(c):
    if c in APOSTROPHES:
        return "'"
    if c in DASHES:
        return "-"
    d = "".join(x for x in unicodedata.normalize("NFD", c) if not unicodedata.combining(x)).lower()
    return d if len(d) == 1 else c.lower()


def fold(text):
    """Case and accents folded, one character for one (offsets kept)."""
    return "".join(fold_char(c) for c in text)


FR_DROP = {"le", "la", "les", "l"}
FR_DE = {"de", "du", "des", "d"}
FR_A = {"a", "au", "aux"}
EN_DROP = {"the", "a", "an", "s"}


def stem(word, lang):
    if lang == "fr":
        if len(word) > 4 and word.endswith("aux"):
            word = word[:-3] + "al"
        elif len(word) > 3 and word[-1] in "sx":
            word = word[:-1]
        if len(word) > 4 and word.endswith("e"):
            word = word[:-1]
    else:
        if len(word) > 4 and word.endswith("ies"):
            word = word[:-3] + "y"
        elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
    return word


def words(text, lang):
    """Loose comparison words: folded, split at apostrophes and hyphens, articles dropped, stemmed."""
    out = []
    for w in re.findall(r"[^\W_]+", fold(text)):
        if lang == "fr":
            if w in FR_DROP:
                continue
            if w in FR_DE:
                out.append("de")
                continue
            if w in FR_A:
                out.append("a")
                continue
        elif w in EN_DROP:
            continue
        out.append(stem(w, lang))
    return out


def same_word(a, b):
    if a == b:
        return True
    # Loose: one is the other give or take two final letters (policière / police, gouvernemental / gouvernementaux).
    n = min(len(a), len(b))
    if n < 4:
        return False
    common = len(os.path.commonprefix([a, b]))
    return common >= n - 1 and common >= max(len(a), len(b)) - 3


def occurs(term_words, text_words, max_inserted=2):
    if not term_words:
        return False
    for start, w in enumerate(text_words):
        if not same_word(term_words[0], w):
            continue
        pos, inserted, ok = start + 1, 0, True
        for t in term_words[1:]:
            while pos < len(text_words) and not same_word(t, text_words[pos]) and inserted < max_inserted:
                pos += 1
                inserted += 1
            if pos < len(text_words) and same_word(t, text_words[pos]):
                pos += 1
            else:
                ok = False
                break
        if ok:
            return True
    return False


class Release:
    def __init__(self, folder):
        self.name = os.path.basename(folder)
        self.folder = folder
        read = lambda n: open(os.path.join(folder, n), encoding="utf-8").read()
        self.text = read("fr.txt").replace("\r\n", "\n").replace("\r", "\n")
        self.fr = read("fr.sent").split("\n")
        self.en = read("en.sent").split("\n")
        self.terms = []
        for line in read("terms.tsv").splitlines():
            if line.strip() and not line.startswith("#"):
                parts = line.split("\t")
                self.terms.append((parts[0], parts[1]))
        # Beads: (English indices, French indices).
        self.beads = []
        for line in read("gold.align").splitlines():
            if not line.strip():
                continue
            en, fr = line.split(":")
            parse = lambda s: [int(x) for x in s.strip("[] ").split(",") if x.strip()]
            self.beads.append((parse(en), parse(fr)))
        self.bead_of_fr = {}
        for b, (en, fr) in enumerate(self.beads):
            for j in fr:
                self.bead_of_fr[j] = b
        self._locate_sentences()

    def _locate_sentences(self):
        """The character range in fr.txt of each French gold sentence (white space runs collapsed)."""
        collapsed, origin = [], []
        previous_space = False
        for i, c in enumerate(self.text):
            if c.isspace():
                if previous_space:
                    continue
                collapsed.append(" ")
                previous_space = True
            else:
                collapsed.append(c)
                previous_space = False
            origin.append(i)
        collapsed = "".join(collapsed)
        self.sentence_ranges = []
        pos = 0
        for s in self.fr:
            s = " ".join(s.split())
            at = collapsed.find(s, pos) if s else -1
            if at < 0 and s:
                at = collapsed.find(s)
            if at < 0:
                self.sentence_ranges.append(None)
                continue
            end = at + len(s)
            self.sentence_ranges.append((origin[at], origin[end - 1] + 1))
            pos = end

    def sentence_at(self, offset):
        for j, r in enumerate(self.sentence_ranges):
            if r and r[0] <= offset < r[1]:
                return j
        return None

    def english_of(self, j):
        """The English sentences aligned with French sentence j (empty when none)."""
        b = self.bead_of_fr.get(j)
        if b is None:
            return ""
        return " ".join(self.en[i] for i in self.beads[b][0])

    def pairs(self):
        for en, fr in self.beads:
            if en and fr:
                yield " ".join(self.fr[j] for j in fr), " ".join(self.en[i] for i in en)

    def offset(self, line, column):
        lines = self.text.split("\n")
        return sum(len(l) + 1 for l in lines[: line - 1]) + column - 1


def bitext_marks(bitext, release, glossary):
    out = subprocess.run(
        [bitext, "terms", "suggest", os.path.join(release.folder, "fr.txt"), "--from", "fr", "--to", "en",
         "--glossary", glossary, "--json"], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"eval-suggest: bitext terms suggest failed on {release.name}: {out.stderr.strip()}")
    marks = []
    for line in out.stdout.splitlines():
        m = json.loads(line)
        start = release.offset(m["line"], m["column"])
        if release.text[start:start + len(m["text"])] != m["text"]:
            found = release.text.find(m["text"], max(0, start - 50))
            if found < 0:
                sys.exit(f"eval-suggest: {release.name}:{m['line']}:{m['column']}: mark {m['text']!r} not found in fr.txt")
            start = found
        marks.append({"start": start, "end": start + len(m["text"]), "text": m["text"], "term": m["term"],
                      "translations": m["translations"], "nested": m.get("inside") is not None})
    return marks


def baseline_marks(release, glossary_pairs):
    folded = fold(release.text)
    translations = {}
    for fr, en in glossary_pairs:
        translations.setdefault(fr, []).append(en)
    marks = []
    for fr, ens in translations.items():
        pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in fold(fr).split()) + r"(?!\w)"
        for m in re.finditer(pattern, folded):
            marks.append({"start": m.start(), "end": m.end(), "text": release.text[m.start():m.end()], "term": fr,
                          "translations": ens})
    return sorted(marks, key=lambda m: m["start"])


def judge(release, mark):
    """'right', 'wrong: why' or 'unjudged: why'."""
    j = release.sentence_at(mark["start"])
    if j is None:
        return "unjudged: outside the gold sentences"
    english = release.english_of(j)
    if not english:
        return "unjudged: no English aligned"
    if not occurs(words(mark["term"], "fr"), words(mark["text"], "fr")):
        return "wrong: the span is not the term"
    if not any(occurs(words(t, "en"), words(english, "en")) for t in mark["translations"]):
        return "wrong: no translation in the aligned English"
    return "right"


def evaluate(release, marks, occurring, label, quiet):
    marked = {fold(m["term"]) for m in marks}
    found = [t for t in occurring if fold(t[0]) in marked]
    right = judged = 0
    lines = []
    overlaps = sum(1 for a, b in zip(marks, marks[1:]) if b["start"] < a["end"])
    for m in marks:
        verdict = judge(release, m)
        if verdict == "right":
            right += 1
            judged += 1
        elif verdict.startswith("wrong"):
            judged += 1
            j = release.sentence_at(m["start"])
            lines.append(f"  WRONG {label} {release.name}: “{m['text']}” as {m['term']} → {' | '.join(m['translations'])} ({verdict[7:]})\n"
                         f"      fr: {release.fr[j]}\n      en: {release.english_of(j)}")
    for t in occurring:
        if t not in found:
            where = [(f, e) for f, e in release.pairs() if occurs(words(t[0], "fr"), words(f, "fr")) and occurs(words(t[1], "en"), words(e, "en"))]
            lines.append(f"  MISSED {label} {release.name}: {t[0]} → {t[1]}\n      fr: {where[0][0]}\n      en: {where[0][1]}")
    if not quiet:
        for line in lines:
            print(line)
    return {"gold": len(occurring), "found": len(found), "marks": len(marks), "judged": judged, "right": right, "overlaps": overlaps}


def add(total, counts):
    for k, v in counts.items():
        total[k] = total.get(k, 0) + v


def ratio(a, b):
    return a / b if b else float("nan")


def main():
    args = sys.argv[1:]
    quiet = "--quiet" in args
    args = [a for a in args if a != "--quiet"]
    sets = {}
    while len(args) > 2 and args[-2] in ("--dev", "--held"):
        sets[args[-2][2:]] = args[-1].split(",")
        args = args[:-2]
    bitext, root = args[0], args[1]
    names = sorted(n for n in os.listdir(root) if os.path.isfile(os.path.join(root, n, "terms.tsv")))
    releases = [Release(os.path.join(root, n)) for n in names]
    for r in releases:
        missing = [j for j, x in enumerate(r.sentence_ranges) if x is None and r.fr[j].strip()]
        if missing:
            print(f"eval-suggest: {r.name}: {len(missing)} gold sentences not found in fr.txt (marks there are not judged)", file=sys.stderr)
    tmp = tempfile.mkdtemp(prefix="eval-suggest-")
    try:
        run(bitext, releases, names, sets, tmp, quiet)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run(bitext, releases, names, sets, tmp, quiet):
    all_pairs = []
    for r in releases:
        for t in r.terms:
            if t not in all_pairs:
                all_pairs.append(t)

    def write_glossary(name, pairs):
        path = os.path.join(tmp, name)
        with open(path, "w", encoding="utf-8") as f:
            for fr, en in pairs:
                f.write(f"{fr}\t{en}\n")
        return path

    all_glossary = write_glossary("all.tsv", all_pairs)
    print("Gold terms that occur in no gold pair (not counted):")
    occurring = {}
    for r in releases:
        occurring[r.name] = []
        for t in r.terms:
            if any(occurs(words(t[0], "fr"), words(f, "fr")) and occurs(words(t[1], "en"), words(e, "en")) for f, e in r.pairs()):
                occurring[r.name].append(t)
            else:
                print(f"  {r.name}: {t[0]} → {t[1]}")
    results = {}
    for mode in ("own", "all"):
        print(f"\n== glossary: {mode} terms ==")
        for r in releases:
            pairs = r.terms if mode == "own" else all_pairs
            glossary = write_glossary(f"{r.name}.tsv", r.terms) if mode == "own" else all_glossary
            marks = bitext_marks(bitext, r, glossary)
            results[(mode, r.name, "bitext")] = evaluate(r, marks, occurring[r.name], f"bitext ({mode} terms)", quiet)
            outer = [m for m in marks if not m["nested"]]
            results[(mode, r.name, "outer")] = evaluate(r, outer, occurring[r.name], "", True)
            results[(mode, r.name, "baseline")] = evaluate(r, baseline_marks(r, pairs), occurring[r.name], f"baseline ({mode} terms)", quiet)

    groups = [("all 12", names)]
    for key, label in (("dev", "dev 6"), ("held", "held-out 6")):
        if key in sets:
            groups.append((label, [n for n in names if n in sets[key]]))
    print("\nBitext = `terms suggest --json` (terms inside longer ones listed too); outer only = its marks without those;"
          "\nrecall = occurring gold terms marked / occurring; precision = marks judged right / judged.\n")
    print("| glossary | releases | gold terms occurring | Bitext recall | Bitext precision | outer only recall | outer only precision | baseline recall | baseline precision | recall ratio | precision ratio |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for mode in ("own", "all"):
        for label, members in groups:
            row = []
            for system in ("bitext", "outer", "baseline"):
                total = {}
                for name in members:
                    add(total, results[(mode, name, system)])
                row.append(total)
            b, o, n = row
            rb, rn = ratio(b["found"], b["gold"]), ratio(n["found"], n["gold"])
            pb, pn = ratio(b["right"], b["judged"]), ratio(n["right"], n["judged"])
            print(f"| {mode} terms | {label} | {b['gold']} | {rb:.2f} ({b['found']}) | {pb:.2f} ({b['right']}/{b['judged']}) | "
                  f"{ratio(o['found'], o['gold']):.2f} ({o['found']}) | {ratio(o['right'], o['judged']):.2f} ({o['right']}/{o['judged']}) | "
                  f"{rn:.2f} ({n['found']}) | {pn:.2f} ({n['right']}/{n['judged']}) | {ratio(rb, rn):.2f} | {ratio(pb, pn):.2f} |")
    unjudged = sum(results[(m, n, "bitext")]["marks"] - results[(m, n, "bitext")]["judged"] for m in ("own", "all") for n in names)
    overlaps = sum(results[(m, n, "baseline")]["overlaps"] for m in ("own", "all") for n in names)
    print(f"\nBitext marks not judged (no English aligned, own + all): {unjudged}; overlapping baseline marks: {overlaps}; "
          f"overlapping Bitext marks: {sum(results[(m, n, 'bitext')]['overlaps'] for m in ('own', 'all') for n in names)}")


if __name__ == "__main__":
    main()
