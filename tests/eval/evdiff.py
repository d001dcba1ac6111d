#!/usr/bin/env python3
"""evdiff.py GOLD PRED TEXTS: per document, gold events missed and predicted events unmatched (type/date/place), with evidence."""
import json, sys, os, re
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "eval"))
from score import norm_name
gold = json.load(open(sys.argv[1]))['docs']
pred = json.load(open(sys.argv[2]))
if isinstance(pred, dict): pred = pred['docs']
texts = sys.argv[3]
pm = {p['id']: p for p in pred}
def pmatch(g, p):
    if g is None: return True
    if p is None: return False
    a, b = norm_name(g), norm_name(p)
    return a == b or a.startswith(b + ' ') or b.startswith(a + ' ') or a.endswith(' ' + b) or b.endswith(' ' + a)
for d in gold:
    p = pm.get(d['id'], {})
    raw = open(os.path.join(texts, d['id'] + '.txt'), 'rb').read()
    pe = list(p.get('events', []))
    used = [False] * len(pe)
    miss = []
    for g in d.get('events', []):
        hit = None
        for i, e in enumerate(pe):
            if used[i]: continue
            if e['type'] == g['type'] and (g.get('date') is None or e.get('date') == g['date']) and pmatch(g.get('place'), e.get('place')):
                hit = i; break
        if hit is None: miss.append(g)
        else: used[hit] = True
    print('==', d['id'], 'gold', len(d.get('events', [])), 'pred', len(pe), 'miss', len(miss), 'extra', used.count(False))
    for g in miss: print('  MISS', g['type'], g.get('date'), g.get('place'), '|', g.get('evidence', '')[:90])
    for i, e in enumerate(pe):
        if used[i]: continue
        ev = e.get('evidence') or {}
        s = raw[ev.get('start', 0):ev.get('end', 0)].decode('utf-8', 'replace').replace('\n', ' ')
        print('  EXTRA', e['type'], e.get('date'), e.get('place'), '|', s[:110])
