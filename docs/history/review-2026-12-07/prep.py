#!/usr/bin/env python3
"""Blind review sample: 50 events of the learned coder and 25 of the rule coder on test-split articles,
shuffled together, with no coder, confidence or id that tells them apart. Writes items.jsonl (for the
reviewer) and key.json (item -> coder), seeded."""
import json, random, sys
learned, rules = sys.argv[1], sys.argv[2]
TYPES = {'AGREE','CONSULT','SUPPORT','CONCEDE','COOPERATE','AID','RETREAT','REQUEST','ACCUSE','REJECT','THREATEN','PROTEST','SANCTION','MOBILIZE','COERCE','ASSAULT'}
def events(path):
    out = []
    for line in open(path, encoding='utf-8'):
        r = json.loads(line)
        if r.get('outcome') != 'coded': continue
        a = r['article']; text = a['text']
        for e in r.get('events') or []:
            t = (e.get('plover') or {}).get('type')
            if t not in TYPES: continue
            ev = e['evidence']; s = ev['sentence']; b, end = (s['begin'], s['end']) if isinstance(s, dict) else s
            def party(p):
                if not p: return None
                code = p.get('code') or ''
                return {'words': p.get('name'), 'country': code[:3] if len(code) >= 3 else None}
            out.append({'doc': a.get('externalId'), 'sentence': text[b:end], 'trigger': ev.get('triggerText'),
                        'type': t, 'cameo': (e.get('cameo') or {}).get('code'), 'source': party(e.get('source')),
                        'target': party(e.get('target')), 'modality': e.get('modality')})
    return out
rnd = random.Random(18)
L = events(learned); R = events(rules)
sample = [(e, 'learned') for e in rnd.sample(L, 50)] + [(e, 'rules') for e in rnd.sample(R, min(25, len(R)))]
rnd.shuffle(sample)
key = {}
with open('items.jsonl', 'w', encoding='utf-8') as o:
    for i, (e, coder) in enumerate(sample, 1):
        e = dict(e, item=i); key[i] = coder
        o.write(json.dumps(e, ensure_ascii=False) + '\n')
json.dump(key, open('key.json', 'w'))
print(len(L), 'learned events,', len(R), 'rule events; sample', len(sample))
