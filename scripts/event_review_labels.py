#!/usr/bin/env python3
"""Turns the hand reviews of coded Wikinews events in EVALUATION.md into a labelled TSV.

Each review subsection ("### Hand review: 50 coded events from Wikinews (NAME review, ...)") holds a
table of 50 rows: the event as coded ([article] CAMEO PLOVER source -> target modality "trigger"),
the start of its sentence, and the verdict (right / wrong and why). The second review's table was
replaced in a later commit; read it from history. The labels are the facts the reviews produced;
the event confidence model (org.tidings.eval.events.EventConfidenceModel) is trained on them.

    python3 scripts/event_review_labels.py <(git show 0d12876^:EVALUATION.md) EVALUATION.md \\
        > tidings-eval/src/main/resources/org/tidings/eval/events/review-labels.tsv

Output columns: review, row, article, code, source, target, modality, trigger, sentence (the
review's start of it, without the trailing "..."), verdict (right|wrong). Each review is taken
once, from the first file that holds it.
"""
import re
import sys

HEADER = re.compile(r"^### Hand review: 50 coded events from Wikinews \((\w+) review")
ROW = re.compile(
    r'^\| (\d+) \| \[(wn-\d{4}-\d{3})\] (\d{2,4}) ([A-Z]+(?:/[A-Za-z_-]+)?) (.*?) -> (.*?) '
    r'(asserted|reported|intended|negated|hypothetical) "([^"]*)" \| (.*?) \| (right|wrong)\b')


def reviews(path):
    name, out = None, {}
    for line in open(path, encoding="utf-8"):
        h = HEADER.match(line)
        if h:
            name = h.group(1)
            out.setdefault(name, [])
            continue
        if line.startswith("## ") or (line.startswith("### ") and not h):
            name = None
        m = ROW.match(line) if name else None
        if m:
            out[name].append(m.groups())
    return out


def main(paths):
    seen = {}
    for p in paths:
        for name, rows in reviews(p).items():
            if name not in seen and len(rows) > 0:
                seen[name] = rows
    print("review\trow\tarticle\tcode\tsource\ttarget\tmodality\ttrigger\tsentence\tverdict")
    for name in ["first", "second", "third", "fourth", "fifth", "sixth"]:
        rows = seen.get(name, [])
        if len(rows) != 50:
            sys.exit(f"{name} review: {len(rows)} rows, expected 50")
        for (row, art, code, plover, src, tgt, mod, trig, sent, verdict) in rows:
            sent = sent.strip()
            if sent.endswith("..."):
                sent = sent[:-3].rstrip()
            cells = [name, row, art, code, src, tgt, mod, trig, sent, verdict]
            print("\t".join(c.replace("\t", " ") for c in cells))


if __name__ == "__main__":
    main(sys.argv[1:])
