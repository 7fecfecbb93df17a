#!/usr/bin/env bash
# Builds fuzz/corpus/<target>/ from the shared seed articles and the first
# twenty development clusters (d01..d20 only: d21..d30 are held out and must
# never be read), plus the small committed seeds in fuzz/seeds/.
# Run from anywhere; needs python3 (for cutting texts on char boundaries).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
shared="${SHARED:-$here/../../shared}"
python3 - "$here" "$shared" <<'PY'
import hashlib, os, sys
here, shared = sys.argv[1], sys.argv[2]
MAX = 4000  # under the -max_len the README uses

def chunks(text, size=MAX):
    """Pieces of at most `size` UTF-8 bytes, cut at paragraph breaks when possible."""
    out, cur = [], ""
    for para in text.split("\n\n"):
        piece = para + "\n\n"
        if len((cur + piece).encode()) > size and cur:
            out.append(cur)
            cur = ""
        while len(piece.encode()) > size:
            cut = size
            b = piece.encode()
            while cut > 0 and (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode())
            piece = b[cut:].decode()
        cur += piece
    if cur:
        out.append(cur)
    return out

def write(target, data):
    d = os.path.join(here, "corpus", target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)

articles, clusters = [], []
seeds = os.path.join(shared, "seeds")
for name in sorted(os.listdir(seeds)):
    with open(os.path.join(seeds, name), encoding="utf-8") as f:
        articles.append(f.read())
for n in range(1, 21):  # d01..d20 only
    d = os.path.join(shared, "devset", "d%02d" % n)
    texts = []
    for name in sorted(os.listdir(d)):
        if name.endswith(".txt"):
            with open(os.path.join(d, name), encoding="utf-8") as f:
                texts.append(f.read())
    articles.extend(texts)
    clusters.append(texts)
committed = os.path.join(here, "seeds")
for name in sorted(os.listdir(committed)) if os.path.isdir(committed) else []:
    with open(os.path.join(committed, name), "rb") as f:
        data = f.read()
    for target in ("analyze", "workspace", "server"):
        write(target, data)

for text in articles:
    for c in chunks(text):
        write("analyze", c.encode())
        # The server target takes its operations from the first bytes and
        # the documents' texts from the rest: a plain article is a seed too.
        write("server", c.encode())
# The workspace target splits its input at NUL: articles of one cluster side
# by side, each cut to fit (all of a cluster's first three, and each pair).
for texts in clusters:
    share = MAX // min(3, len(texts))
    write("workspace", "\0".join(chunks(t, share)[0] for t in texts[:3]).encode())
    for a, b in zip(texts, texts[1:]):
        write("workspace", "\0".join(chunks(t, MAX // 2)[0] for t in (a, b)).encode())
for t in ("analyze", "workspace", "server"):
    print(t, len(os.listdir(os.path.join(here, "corpus", t))), "files")
PY
