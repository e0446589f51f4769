"""The rapidfuzz baseline of scripts/bench-lookup: brute-force fuzzy search over the same segments.

Reads segments.txt and queries.txt written by bitext-bench-lookup, times
rapidfuzz.process.extract(query, segments, scorer=fuzz.ratio, limit=5, score_cutoff=70) (a character-level
brute-force scan in C++, the fastest form rapidfuzz offers) for the first N queries, and, on fewer queries,
a word-level scan (Levenshtein over token lists, the scorer Bitext uses), then prints p50 and writes JSON.
"""
import json
import re
import statistics
import sys
import time

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

folder = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 20
word_count = int(sys.argv[3]) if len(sys.argv) > 3 else 3

with open(f"{folder}/segments.txt", encoding="utf-8") as f:
    segments = f.read().split("\n")[:-1]
with open(f"{folder}/queries.txt", encoding="utf-8") as f:
    queries = f.read().split("\n")[:-1]

def p50(values):
    return statistics.median(values) if values else 0.0

chars = []
for query in queries[:count]:
    start = time.perf_counter()
    process.extract(query, segments, scorer=fuzz.ratio, limit=5, score_cutoff=70)
    chars.append((time.perf_counter() - start) * 1000)

token = re.compile(r"\w+", re.UNICODE)
tokenised = [token.findall(s.lower()) for s in segments]
words = []
for query in queries[:word_count]:
    q = token.findall(query.lower())
    start = time.perf_counter()
    process.extract(q, tokenised, scorer=Levenshtein.normalized_similarity, limit=5, score_cutoff=0.7)
    words.append((time.perf_counter() - start) * 1000)

print(f"rapidfuzz {__import__('rapidfuzz').__version__} brute force over {len(segments)} segments: "
      f"fuzz.ratio p50 {p50(chars):.1f} ms ({len(chars)} queries); "
      f"word-level Levenshtein p50 {p50(words):.1f} ms ({len(words)} queries)")
with open(f"{folder}/rapidfuzz-results.json", "w") as f:
    json.dump({"ratio_p50_ms": p50(chars), "word_p50_ms": p50(words)}, f)
