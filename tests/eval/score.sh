#!/usr/bin/env bash
# score.sh [BINARY]: scores the seed and the blind sets q30–q39 (run from the repository root) with BINARY (default ./target/release/chronicle).
# Writes /tmp/<pid>-seed.json and /tmp/<pid>-q30.json; prints one line per set: timex det F1 / value acc / entity F1 / events F1.
bin=${1:-./target/release/chronicle}
for s in seed q30 q31 q32 q33 q34 q35 q36 q37 q38 q39; do
  if [ $s = seed ]; then g=../shared/eval/seed-gold.json; t=seeds; else g=tests/eval/$s/gold.json; t=tests/eval/$s; fi
  out=/tmp/$$-$s.json
  "$bin" extract $t/*.txt > $out
  python3 ../shared/eval/score.py $g $out $t --byte-offsets | awk -v s=$s '/^timex detection/{d=$5} /^entity micro/{e=$7} /^events/{v=$5} /^timex value accuracy/{a=$4} END{printf "%-5s det %s value %s entity %s events %s\n", s, d, a, e, v}'
done
