#!/usr/bin/env python3
"""Blind review sample of the retrained learned coder: 50 events (seed 18) drawn from `tidings ingest --out`
of the 193 test-split articles of corpus/events. Writes items.jsonl for the reviewer (who sees no coder,
confidence or id); `elide` replaces the sentences of texts that may not be redistributed (PolNeAR,
GeoWebNews, TR-News, CoNLL) before the file is committed.
Usage: prep.py RECORDS.jsonl  |  prep.py elide items.jsonl"""
import json, random, sys
TYPES = {'AGREE','CONSULT','SUPPORT','CONCEDE','COOPERATE','AID','RETREAT','REQUEST','ACCUSE','REJECT','THREATEN','PROTEST','SANCTION','MOBILIZE','COERCE','ASSAULT'}
if sys.argv[1] == 'elide':
    rows = [json.loads(l) for l in open(sys.argv[2], encoding='utf-8')]
    with open(sys.argv[2], 'w', encoding='utf-8') as o:
        for r in rows:
            if r['doc'].startswith(('pn-', 'gwn-', 'trn-', 'conll-')):
                r['sentence'] = '[text not redistributed: see the article in corpus/events/texts/, rebuilt by scripts/events_corpus.py texts]'
                for side in ('source', 'target'):
                    if r.get(side):
                        r[side]['words'] = '[elided]'
            o.write(json.dumps(r, ensure_ascii=False) + '\n')
    sys.exit(0)
out = []
for line in open(sys.argv[1], encoding='utf-8'):
    r = json.loads(line)
    if r.get('outcome') != 'coded':
        continue
    a = r['article']; text = a['text']
    for e in r.get('events') or []:
        t = (e.get('plover') or {}).get('type')
        if t not in TYPES:
            continue
        ev = e['evidence']; s = ev['sentence']; b, end = (s['begin'], s['end']) if isinstance(s, dict) else s
        def party(p):
            if not p:
                return None
            code = p.get('code') or ''
            return {'words': p.get('name'), 'country': code[:3] if len(code) >= 3 and code[:3].isupper() else None}
        out.append({'doc': a.get('externalId'), 'sentence': text[b:end], 'trigger': ev.get('triggerText'),
                    'type': t, 'cameo': (e.get('cameo') or {}).get('code'), 'source': party(e.get('source')),
                    'target': party(e.get('target')), 'modality': e.get('modality')})
sample = random.Random(18).sample(out, 50)
with open('items.jsonl', 'w', encoding='utf-8') as o:
    for i, e in enumerate(sample, 1):
        o.write(json.dumps(dict(e, item=i), ensure_ascii=False) + '\n')
print(len(out), 'events; sample 50')
