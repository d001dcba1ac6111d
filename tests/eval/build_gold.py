#!/usr/bin/env python3
"""Compile tools/ann.py into gold.json, validate it, and write a self-prediction file."""
import json, os, re, sys
# usage: python3 tests/eval/build_gold.py SET_DIR (e.g. tests/eval/q30): reads SET_DIR/tools/ann.py.
ROOT = os.path.abspath(sys.argv[1]); HERE = os.path.join(ROOT, "tools")
sys.path.insert(0, HERE)
from ann import DOCS

CONV = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read().split("## Conventions", 1)[1].strip() \
    if os.path.exists(os.path.join(ROOT, "README.md")) else ""

def nth(text, s, n):
    i = -1
    for _ in range(n):
        i = text.find(s, i + 1)
        if i < 0: return None
    return i

def occ_of(text, s, pos):
    n = 1
    while True:
        i = nth(text, s, n)
        if i is None: raise ValueError
        if i == pos: return n
        n += 1

errors, golds, preds = [], [], []
for did, d in DOCS.items():
    text = open(os.path.join(ROOT, did + ".txt"), encoding="utf-8").read()
    m = re.match(r"\s*date\s+(\d{4}-\d{2}-\d{2})", text)
    assert m and m.group(1) == d["date"], did
    hdr = m.end()
    tx, spans = [], []
    for (t, ctx, typ, val, also) in d["timexes"]:
        c = ctx or t
        if text.count(c) != 1:
            errors.append("%s: ctx %r occurs %d times" % (did, c, text.count(c))); continue
        if t not in c:
            errors.append("%s: %r not in ctx" % (did, t)); continue
        pos = text.index(c) + c.index(t)
        if pos < hdr: errors.append("%s: %r in header" % (did, t))
        o = occ_of(text, t, pos)
        assert text[nth(text, t, o):].startswith(t)
        e = {"text": t, "occurrence": o, "type": typ, "value": val}
        if also: e["also"] = also
        tx.append(e); spans.append((pos, pos + len(t), t))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]: errors.append("%s: overlapping gold timexes %r %r" % (did, a[2], b[2]))
    if len(set(spans)) != len(spans): errors.append("%s: duplicate timex" % did)
    for ot in d.get("optional_timexes", []):
        if ot["text"] not in text: errors.append("%s: optional %r missing" % (did, ot["text"]))
    # entities: every name (and alias) must appear in the text (case-insensitive)
    low = text.lower()
    for k, names in d["entities"].items():
        for n in names:
            if n.lower() not in low: errors.append("%s: entity %r not in text" % (did, n))
    for a, c in d["aliases"].items():
        if a.lower() not in low: errors.append("%s: alias %r not in text" % (did, a))
        if not any(c in v for v in d["entities"].values()): errors.append("%s: alias target %r not an entity" % (did, c))
    evs = []
    for (typ, date, place, ev) in d["events"]:
        if ev not in text: errors.append("%s: evidence not verbatim: %r" % (did, ev))
        if place and place.lower() not in low and not any(place in v for v in d["entities"].values()) and place not in d["optional_entities"]:
            errors.append("%s: event place %r unknown" % (did, place))
        assert typ in {"protest", "strike", "riot", "killing", "arrest", "other"}
        evs.append({"type": typ, "date": date, "place": place, "evidence": ev})
    g = {"id": did, "date": d["date"], "date_source": "the document's own date header",
         "timexes": sorted(tx, key=lambda e: nth(text, e["text"], e["occurrence"])),
         "optional_timexes": d.get("optional_timexes", []),
         "entities": d["entities"], "optional_entities": d["optional_entities"], "aliases": d["aliases"],
         "not_entities": d["not_entities"], "events": evs, "not_event_figures": d["not_event_figures"],
         "not_events": d.get("not_events", [])}
    golds.append(g)
    kinds = {"PERSON": "person", "ORG": "organization", "PLACE": "place"}
    preds.append({"id": did,
                  "timexes": [{"text": text[s:e], "start": s, "end": e,
                               "value": next(x["value"] for x in tx if x["text"] == t and nth(text, t, x["occurrence"]) == s)}
                              for s, e, t in spans],
                  "entities": [{"text": n, "kind": kinds[k]} for k, v in d["entities"].items() for n in v],
                  "events": [{"type": x["type"], "date": x["date"], "place": x["place"]} for x in evs]})
    words = len(text.split())
    print("%-32s words=%4d timexes=%3d optional=%d persons=%d orgs=%d places=%d events=%d" % (
        did, words, len(tx), len(d.get("optional_timexes", [])), len(d["entities"]["PERSON"]),
        len(d["entities"]["ORG"]), len(d["entities"]["PLACE"]), len(evs)))
if errors:
    print("\n".join(errors)); sys.exit(1)
json.dump({"version": 1, "conventions": CONV, "docs": golds}, open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
json.dump({"docs": preds}, open(os.path.join(HERE, "self_predictions.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print("OK")
