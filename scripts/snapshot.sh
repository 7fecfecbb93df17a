#!/usr/bin/env bash
# Records what the analysis concludes, for showing that a refactor changes
# no behaviour: the evaluation figures on both splits of the devset and of
# ECB+, the false-alarm counts, and the findings `newsls check seeds`
# prints. Reads ../shared (not needed by CI). Aggregate figures only: the
# per-item output of the evaluation examples is kept in OUT for `diff -q`,
# never printed, so the check splits stay unread.
#
#   scripts/snapshot.sh OUT        # then: scripts/snapshot.sh OUT2; diff -rq OUT OUT2
set -euo pipefail
out=${1:?usage: scripts/snapshot.sh OUTDIR}
shared=${SHARED:-../shared}
mkdir -p "$out"
cargo build --release --quiet --bin newsls --examples
bin=target/release/newsls
"$bin" check seeds --format json > "$out/check-seeds.json" || true
for split in d01-d20 d21-d30; do
  python3 "$shared/tools/evaluate.py" "$bin" "$shared/devset" all --only "$split" > "$out/evaluate-$split.json"
done
for topics in 1-25 26-35; do
  python3 "$shared/tools/false_alarms.py" "$bin" "$shared/ecbplus" --topics "$topics" | tail -n 3 > "$out/false-alarms-$topics.txt"
done
target/release/examples/eval_linking "$shared/ecbplus" "$shared/devset" > "$out/eval-linking.txt" 2>&1
target/release/examples/eval_ner ecbplus "$shared/ecbplus" > "$out/eval-ner-ecbplus.txt" 2>&1
target/release/examples/eval_ner devset "$shared/devset" > "$out/eval-ner-devset.txt" 2>&1
target/release/examples/eval_contradictions "$shared/devset" > "$out/eval-contradictions.txt" 2>&1
echo "snapshot in $out:"
for f in "$out"/evaluate-*.json "$out"/false-alarms-*.txt; do echo "  $(basename "$f"): $(tail -n 1 "$f")"; done
