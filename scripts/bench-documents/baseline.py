"""Baseline for scripts/bench-documents/run: Python's standard-library HTML parser extracting the
text of block elements (no main-content detection, no boilerplate marking), on the same pages."""
import sys
import time
from html.parser import HTMLParser

BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "blockquote", "figcaption", "br", "tr", "section", "article"}
SKIP = {"script", "style", "nav", "header", "footer", "aside", "form"}


class Extractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.buffer, self.skipping = [], [], 0

    def flush(self):
        text = " ".join("".join(self.buffer).split())
        if text:
            self.blocks.append(text)
        self.buffer = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skipping += 1
        elif tag in BLOCKS:
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCKS:
            self.flush()

    def handle_data(self, data):
        if not self.skipping:
            self.buffer.append(data)


rounds = 20
pages = [open(path, "rb").read() for path in sys.argv[1:] if path.endswith((".html", ".htm"))]
start, total, blocks = time.perf_counter(), 0, 0
for _ in range(rounds):
    for raw in pages:
        extractor = Extractor()
        extractor.feed(raw.decode("utf-8", errors="replace"))
        extractor.close()
        extractor.flush()
        blocks += len(extractor.blocks)
        total += len(raw)
elapsed = time.perf_counter() - start
print(f"python  html  {len(pages):3d} files {total // rounds:8d} bytes  {blocks // rounds:6d} blocks  {total / elapsed / 1e6:7.2f} MB/s  (html.parser, no main-content detection)")
