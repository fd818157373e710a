#!/usr/bin/env python3
"""Tools for the event corpus (corpus/events).

  events_corpus.py texts [POLNEAR_DIR [GEOPARSING_DIR [CONLL_DIR]]]
                                         rebuild corpus/events/texts/polnear.jsonl from PolNeAR's own
                                         files (default ../shared/corpus/polnear), texts/geonews.jsonl
                                         from GeoWebNews and TR-News (default ../shared/corpus/geoparsing)
                                         and texts/conll.jsonl from CoNLL-2003's eng.train (default
                                         ../shared/corpus/conll2003); none grants a licence for the
                                         news texts themselves, so they are not shipped
  events_corpus.py pack FILE...          turn annotation files of non-redistributable texts into span
                                         form: sentence, trigger and party words become [begin, end)
                                         offsets into the text (sentence_span, trigger_span, text_span)
  events_corpus.py splits                writes splits.tsv: every article in gold/ by sha256(id) mod 100
                                         (< 70 train, < 85 dev, else test), so the split of an article
                                         never depends on which others are annotated
  events_corpus.py check                 every annotation's sentence is in its text, its trigger in its
                                         sentence, types and modalities are known (as score_events.py --check)

The Java reader (EventCorpus) reads both forms. Offsets are code units of Python str (code points);
PolNeAR, GeoWebNews, TR-News and CoNLL texts are BMP-only, so they equal Java's UTF-16 offsets.
"""
import csv, hashlib, json, os, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'corpus', 'events')
TYPES = {'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',
         'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'}
MODALITIES = {'asserted', 'reported', 'intended', 'negated', 'hypothetical'}


def polnear_texts(polnear):
    meta = {r['filename']: r for r in csv.DictReader(open(os.path.join(polnear, 'metadata.tsv'), encoding='utf-8'), delimiter='\t')}
    wanted = {f[:-5] for d in ('gold', 'second') if os.path.isdir(os.path.join(ROOT, d))
              for f in os.listdir(os.path.join(ROOT, d)) if f.startswith('pn-')}
    out, n = open(os.path.join(ROOT, 'texts', 'polnear.jsonl'), 'w', encoding='utf-8'), 0
    for split in ('train', 'dev'):
        folder = os.path.join(polnear, split, 'text')
        for f in sorted(os.listdir(folder)):
            doc = 'pn-' + f[:-4]
            if doc in wanted:
                m = meta.get(f[:-4], {})
                text = open(os.path.join(folder, f), encoding='utf-8').read()
                out.write(json.dumps({'id': doc, 'url': '', 'date': m.get('publication_date', ''),
                                      'title': m.get('title', ''), 'text': text}) + '\n')
                n += 1
    out.close()
    print(f'{n} of {len(wanted)} PolNeAR texts written to corpus/events/texts/polnear.jsonl')
    return 0 if n == len(wanted) else 1


def geo_texts(geoparsing):
    """GeoWebNews (gwn-) and TR-News (trn-) articles annotated here, from their JSONL releases."""
    wanted = {f[:-5] for d in ('gold', 'second') if os.path.isdir(os.path.join(ROOT, d))
              for f in os.listdir(os.path.join(ROOT, d)) if f.startswith(('gwn-', 'trn-'))}
    out, n = open(os.path.join(ROOT, 'texts', 'geonews.jsonl'), 'w', encoding='utf-8'), 0
    for name, prefix in (('geowebnews.jsonl', 'gwn-'), ('tr-news.jsonl', 'trn-')):
        for line in open(os.path.join(geoparsing, name), encoding='utf-8'):
            d = json.loads(line)
            doc = prefix + str(d['id'])
            if doc in wanted:
                out.write(json.dumps({'id': doc, 'url': d.get('url') or '', 'date': d.get('date') or '',
                                      'title': d.get('title', ''), 'text': d['text']}) + '\n')
                n += 1
    out.close()
    print(f'{n} of {len(wanted)} GeoWebNews and TR-News texts written to corpus/events/texts/geonews.jsonl')
    return 0 if n == len(wanted) else 1


def conll_texts(conll):
    """CoNLL-2003 eng.train documents (Reuters, August 1996) annotated here, as conll-train-NNN
    (1-based, in file order), undated (the dateline in the text has the day): the first sentence is
    the title, the others one per line with the
    tokens joined by single spaces."""
    wanted = {f[:-5] for d in ('gold', 'second') if os.path.isdir(os.path.join(ROOT, d))
              for f in os.listdir(os.path.join(ROOT, d)) if f.startswith('conll-')}
    docs, doc, sentence = [], [], []
    for line in open(os.path.join(conll, 'eng.train'), encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('-DOCSTART-') or not line.strip():
            if sentence:
                doc.append(' '.join(sentence))
                sentence = []
            if line.startswith('-DOCSTART-') and doc:
                docs.append(doc)
                doc = []
            continue
        sentence.append(line.split(' ')[0])
    if sentence:
        doc.append(' '.join(sentence))
    if doc:
        docs.append(doc)
    out, n = open(os.path.join(ROOT, 'texts', 'conll.jsonl'), 'w', encoding='utf-8'), 0
    for i, d in enumerate(docs):
        doc_id = f'conll-train-{i + 1:03d}'
        if doc_id in wanted:
            out.write(json.dumps({'id': doc_id, 'url': '', 'date': '', 'title': d[0],
                                  'text': '\n'.join(d[1:])}) + '\n')
            n += 1
    out.close()
    print(f'{n} of {len(wanted)} CoNLL-2003 texts written to corpus/events/texts/conll.jsonl')
    return 0 if n == len(wanted) else 1


def texts():
    t = {}
    for f in os.listdir(os.path.join(ROOT, 'texts')):
        if f.endswith('.jsonl'):
            for line in open(os.path.join(ROOT, 'texts', f), encoding='utf-8'):
                d = json.loads(line)
                t[d['id']] = d['text']
    return t


def pack(files):
    t = texts()
    for path in files:
        g = json.load(open(path, encoding='utf-8'))
        text = t[g['doc']]
        g.pop('comments', None)  # free text that may quote the article
        for e in g['events']:
            e.pop('note', None)
            if 'sentence' not in e:
                continue
            s = text.index(e['sentence'])
            b = text.index(e['trigger'], s)
            e['sentence_span'] = [s, s + len(e.pop('sentence'))]
            e['trigger_span'] = [b, b + len(e.pop('trigger'))]
            for side in ('source', 'target'):
                p = e.get(side)
                if p and p.get('text'):
                    words = p.pop('text')
                    at = text.find(words, s) if text.find(words, s) >= 0 else text.find(words)
                    p["text_span"] = [at, at + len(words)] if at >= 0 else None

        json.dump(g, open(path, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    return 0


def split_of(doc):
    h = int(hashlib.sha256(doc.encode('utf-8')).hexdigest(), 16) % 100
    return 'train' if h < 70 else 'dev' if h < 85 else 'test'


def splits():
    docs = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, 'gold')) if f.endswith('.json'))
    with open(os.path.join(ROOT, 'splits.tsv'), 'w', encoding='utf-8') as out:
        out.write('# article id\tsplit: sha256(id) mod 100 < 70 train, < 85 dev, else test (fixed; never tuned on test)\n')
        for d in docs:
            out.write(f'{d}\t{split_of(d)}\n')
    counts = {}
    for d in docs:
        counts[split_of(d)] = counts.get(split_of(d), 0) + 1
    print(f'splits.tsv: {len(docs)} articles, {counts}')
    return 0


def words(o, field, text):
    if field in o:
        return o[field]
    span = o.get(field + '_span')
    return text[span[0]:span[1]] if span else ''


def check():
    t, problems, n = texts(), [], 0
    for folder in ('gold', 'second'):
        d = os.path.join(ROOT, folder)
        for f in sorted(os.listdir(d)) if os.path.isdir(d) else []:
            g = json.load(open(os.path.join(d, f), encoding='utf-8'))
            text = t.get(g['doc'])
            if text is None:
                problems.append(f'{folder}/{f}: no text (run: events_corpus.py texts)')
                continue
            for k, e in enumerate(g['events']):
                n += 1
                s, tr = words(e, 'sentence', text), words(e, 'trigger', text)
                if not s or s not in text: problems.append(f'{folder}/{f} event {k}: sentence not in the text')
                if not tr or tr not in s: problems.append(f'{folder}/{f} event {k}: trigger not in its sentence')
                if e.get('type', '').upper() not in TYPES: problems.append(f'{folder}/{f} event {k}: type {e.get("type")!r}')
                if e.get('modality', '').lower() not in MODALITIES: problems.append(f'{folder}/{f} event {k}: modality {e.get("modality")!r}')
    print('\n'.join(problems) or f'no problems in {n} events')
    return 1 if problems else 0


if __name__ == '__main__':
    a = sys.argv[1:]
    if a[:1] == ['texts']:
        shared = os.path.join(ROOT, '..', '..', '..', 'shared', 'corpus')
        status = polnear_texts(a[1] if len(a) > 1 else os.path.join(shared, 'polnear'))
        status |= geo_texts(a[2] if len(a) > 2 else os.path.join(shared, 'geoparsing'))
        sys.exit(status | conll_texts(a[3] if len(a) > 3 else os.path.join(shared, 'conll2003')))
    if a[:1] == ['pack']:
        sys.exit(pack(a[1:]))
    if a[:1] == ['splits']:
        sys.exit(splits())
    if a[:1] == ['check']:
        sys.exit(check())
    print(__doc__)
    sys.exit(2)
