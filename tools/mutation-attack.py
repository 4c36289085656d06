#!/usr/bin/env python3
"""Issue 9's attack on Evidentia, re-run through the built distribution.

usage: mutation-attack.py DIST_HOME SHARED_DIR WORK_DIR [N_PER_FORMAT] [--bombs] [--plugins]

Mutations: for each format, N mutated copies of a 20-record seed (cut from SHARED_DIR/data, never
written into the repository) are read in one run with that format's source forced. For each file
the records run.json counts (read + skipped) are compared with an independent count of the file's
identity lines; a file that holds more than run.json counts, with no input problem reported for it,
lost records silently. Stack traces on standard error are counted. Deterministic (seeded).

--bombs: a 3 MB .xml.gz holding a 3 GiB title and a .csv.gz holding a 3 GiB field, each between
two good records: exit code, records read, the problem, seconds taken.

--plugins: bad plugin zips beside the bundled ones (a dependency cycle, a missing dependency, an
unparsable requires, a bad version, a missing plugin class, a ../ entry): `evidentia plugins` must
end within 60 s, exit 0, and name the bad plugin.
"""
import csv, gzip, io, json, os, random, re, shutil, subprocess, sys

args = [a for a in sys.argv[1:] if not a.startswith('--')]
flags = {a for a in sys.argv[1:] if a.startswith('--')}
dist, shared, work = args[0], args[1], args[2]
n = int(args[3]) if len(args) > 3 else 400


def seed_medline():
    text = open(os.path.join(shared, 'data/medline/citations.nbib'), encoding='utf-8').read()
    recs = re.split(r'\n\s*\n(?=PMID- )', text.strip())
    return ('\n\n'.join(recs[:20]) + '\n').encode()


def seed_numbered(path, mark):
    text = open(os.path.join(shared, path), encoding='utf-8').read().replace('\r\n', '\n')
    starts = [m.start() for m in re.finditer(r'(?m)^\d+' + re.escape(mark) + ' ', text)]
    out, expect = [], 1
    for s in starts:
        num = int(re.match(r'\d+', text[s:]).group())
        if num == expect:
            out.append(s)
            expect += 1
        if expect == 22:
            break
    return text[out[0]:out[20]].rstrip('\n').encode() + b'\n'


def seed_xml():
    text = gzip.open(os.path.join(shared, 'data/xml/pubmedsample18n0001.xml.gz'), 'rt', encoding='utf-8').read()
    end = [m.end() for m in re.finditer(r'</PubmedArticle>', text)][19]
    return (text[:end] + '\n</PubmedArticleSet>\n').encode()


def seed_csv():
    raw = open(os.path.join(shared, 'data/csv/csv-2020dpspre-set.csv'), encoding='utf-8', newline='').read()
    rows = list(csv.reader(io.StringIO(raw)))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n', quoting=csv.QUOTE_ALL)
    for r in rows[:21]:
        w.writerow(r)
    return buf.getvalue().encode()


def lines_of(data):
    text = data.decode('utf-8', 'replace')
    if text.startswith('\ufeff'):
        text = text[1:]
    return re.split(r'\r\n|\r|\n', text)


def count_medline(data):
    return sum(1 for l in lines_of(data) if l.startswith('PMID- ') or l.rstrip() == 'PMID-')


def count_abstract(data):
    return sum(1 for l in lines_of(data) if re.match(r'PMID:\s*\d', l))


def count_summary(data):
    text = data.decode('utf-8', 'replace')
    return len(re.findall(r'PMID:\s*\d', text))


def count_xml(data):
    return len(re.findall(rb'<PubmedArticle[\s>]', data))


def count_csv(data):
    text = data.decode('utf-8', 'replace').lstrip('\ufeff')
    try:
        rows = [r for r in csv.reader(io.StringIO(text, newline='')) if any(c.strip() for c in r)]
    except csv.Error:
        return None
    return max(len(rows) - 1, 0)


FORMATS = {
    'summary': (lambda: seed_numbered('data/abstract-text/summary-systematic-set_2020-09-02_409.txt', ':'), count_summary, 'pubmed-summary-text', '.txt'),
    'abstract': (lambda: seed_numbered('data/abstract-text/il6_pubmed_result_160103.txt', '.'), count_abstract, 'pubmed-abstract-text', '.txt'),
    'medline': (seed_medline, count_medline, 'medline', '.nbib'),
    'xml': (seed_xml, count_xml, 'pubmed-xml', '.xml'),
    'csv': (seed_csv, count_csv, 'pubmed-csv', '.csv'),
}


def mutate(data, rnd):
    kind = rnd.choice(['flip', 'truncate', 'delete-line', 'dup-line', 'meta', 'bad-utf8', 'nul-eol',
                       'mixed-eol', 'huge-line', 'delete-blank', 'join-lines'])
    b = bytearray(data)
    if kind == 'flip':
        for _ in range(rnd.randint(1, 8)):
            i = rnd.randrange(len(b)); b[i] ^= 1 << rnd.randrange(8)
    elif kind == 'truncate':
        b = b[:rnd.randrange(len(b))]
    elif kind in ('delete-line', 'dup-line', 'delete-blank', 'nul-eol', 'join-lines'):
        ls = bytes(b).split(b'\n')
        if kind == 'delete-line':
            del ls[rnd.randrange(len(ls))]
        elif kind == 'dup-line':
            i = rnd.randrange(len(ls)); ls.insert(i, ls[i])
        elif kind == 'delete-blank':
            blanks = [i for i, l in enumerate(ls) if not l.strip()]
            if blanks:
                del ls[rnd.choice(blanks)]
        elif kind == 'nul-eol':
            for _ in range(rnd.randint(1, 5)):
                i = rnd.randrange(len(ls)); ls[i] = ls[i] + b'\0'
        elif kind == 'join-lines':
            i = rnd.randrange(len(ls)); j = min(len(ls), i + rnd.randint(2, 200))
            ls[i:j] = [b' '.join(ls[i:j])]
        b = bytearray(b'\n'.join(ls))
    elif kind == 'meta':
        for _ in range(rnd.randint(1, 5)):
            i = rnd.randrange(len(b) + 1)
            b[i:i] = rnd.choice([b'<', b'&', b'"', b',', b';', b'\t', b']]>', b'<!--', b'${x}', b'%s', b'\\', b'|'])
    elif kind == 'bad-utf8':
        for _ in range(rnd.randint(1, 5)):
            i = rnd.randrange(len(b) + 1); b[i:i] = rnd.choice([b'\xff', b'\xe9', b'\xc3', b'\xed\xa0\x80'])
    elif kind == 'mixed-eol':
        out = bytearray()
        for c in b:
            if c == 10:
                out += rnd.choice([b'\n', b'\r\n', b'\r', b'\n'])
            else:
                out.append(c)
        b = out
    elif kind == 'huge-line':
        i = rnd.randrange(len(b) + 1)
        b[i:i] = b'\n' + b'x' * rnd.choice([70000, 300000]) + b'\n'
    return bytes(b), kind


def bombs():
    import time, zipfile
    os.makedirs(work, exist_ok=True)
    rec = lambda pmid, title: ('<PubmedArticle><MedlineCitation><PMID>%s</PMID><Article><ArticleTitle>%s'
                               '</ArticleTitle></Article></MedlineCitation></PubmedArticle>\n' % (pmid, title))
    header = 'PMID,Title,Authors,Citation,First Author,Journal/Book,Publication Year,Create Date,PMCID,NIHMS ID,DOI\n'
    row = lambda pmid, title: '"%s","%s","A.","C.","A","C","2020","2020/01/01","","",""\n' % (pmid, title)
    chunk = b'a' * (1 << 20)
    cases = {
        'bomb.xml.gz': ('<?xml version="1.0"?>\n<PubmedArticleSet>\n' + rec('90300001', 'First.')
                        + '<PubmedArticle><MedlineCitation><PMID>90300002</PMID><Article><ArticleTitle>',
                        '</ArticleTitle></Article></MedlineCitation></PubmedArticle>\n' + rec('90300003', 'Third.')
                        + '</PubmedArticleSet>\n', 'pubmed-xml'),
        'bomb.csv.gz': (header + row('90300001', 'First') + '"90300002","', '","A.","C.","A","C","2020","2020/01/01","","",""\n'
                        + row('90300003', 'Third'), 'pubmed-csv'),
    }
    for name, (head, tail, source) in cases.items():
        path = os.path.join(work, name)
        with gzip.GzipFile(path, 'wb', compresslevel=9, mtime=0) as g:
            g.write(head.encode())
            for _ in range(3 * 1024):
                g.write(chunk)
            g.write(tail.encode())
        out = os.path.join(work, name + '-out')
        start = time.time()
        p = subprocess.run([os.path.join(dist, 'bin/evidentia'), 'run', '-s', source, '-x', 'cytokines', '-r', 'findings-jsonl',
                            '-o', out, '--run-date', '2026-01-01', path], capture_output=True, text=True)
        took = time.time() - start
        traces = len(re.findall(r'\n\s+at [\w.$]+\(', p.stderr))
        try:
            run = json.load(open(os.path.join(out, 'run.json')))
            summary = dict(records=run['inputs'][0]['records'], skipped=run['inputs'][0]['skipped'],
                           problems=[pr['message'] for pr in run['problems']])
        except (OSError, KeyError, IndexError):
            summary = dict(run_json='absent', stderr=p.stderr[-600:])
        print(name, json.dumps(dict(mb=round(os.path.getsize(path) / 1e6, 1), exit=p.returncode, seconds=round(took, 1),
                                    stack_trace_lines=traces, **summary)), flush=True)


def plugins():
    import zipfile
    bundled = os.path.join(dist, 'plugins')
    template = os.path.join(bundled, 'evidentia-table-reporter-0.1.0.zip')
    variants = {
        'cycle': [('cyc-a', {'plugin.dependencies': 'cyc-b'}), ('cyc-b', {'plugin.dependencies': 'cyc-a'})],
        'missing-dependency': [('needs-missing', {'plugin.dependencies': 'nonexistent'})],
        'bad-requires': [('bad-requires', {'plugin.requires': '>=abc&&'})],
        'bad-version': [('bad-version', {'plugin.version': 'not.a.version'})],
        'missing-class': [('no-class', {'plugin.class': 'org.example.Missing'})],
        'zip-slip': [('slip', {}, '../escaped.txt')],
    }
    for name, zips in variants.items():
        folder = os.path.join(work, 'plugins-' + name)
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
        for f in os.listdir(bundled):
            if f.endswith('.zip'):
                shutil.copy(os.path.join(bundled, f), folder)
        for spec in zips:
            pid, props = spec[0], spec[1]
            with zipfile.ZipFile(template) as zin, zipfile.ZipFile(os.path.join(folder, pid + '.zip'), 'w') as zout:
                for item in zin.infolist():
                    data = zin.read(item.filename)
                    if item.filename == 'plugin.properties':
                        text = re.sub(r'(?m)^plugin.id=.*$', 'plugin.id=' + pid, data.decode())
                        for k, v in props.items():
                            text = re.sub(r'(?m)^' + re.escape(k) + '=.*$\n?', '', text) + k + '=' + v + '\n'
                        data = text.encode()
                    zout.writestr(item.filename, data)
                if len(spec) > 2:
                    zout.writestr(spec[2], b'outside')
        try:
            p = subprocess.run([os.path.join(dist, 'bin/evidentia'), 'plugins', '--plugins-dir', folder],
                               capture_output=True, text=True, timeout=60)
            started = len(re.findall(r'(?m)^\S+\s+\S+\s+started\s', p.stdout))
            named = [l.strip() for l in p.stdout.splitlines() if any(s[0] in l for s in zips)]
            escaped = os.path.exists(os.path.join(work, 'escaped.txt')) or os.path.exists(os.path.join(folder, 'escaped.txt'))
            print('plugins', name, json.dumps(dict(exit=p.returncode, hang=False, bundled_started=started, reported=named,
                                                   written_outside=escaped, stack_trace_lines=p.stderr.count('\tat '))), flush=True)
        except subprocess.TimeoutExpired:
            print('plugins', name, json.dumps(dict(hang=True)), flush=True)


def main():
    if '--bombs' in flags:
        bombs()
    if '--plugins' in flags:
        plugins()
    if flags and n == 0:
        return
    if os.path.exists(work):
        for fmt in FORMATS:
            shutil.rmtree(os.path.join(work, fmt), ignore_errors=True)
            shutil.rmtree(os.path.join(work, fmt + '-out'), ignore_errors=True)
    totals = {}
    for fmt, (seed, count, source, ext) in FORMATS.items():
        rnd = random.Random(9000 + len(fmt))
        folder = os.path.join(work, fmt)
        os.makedirs(folder)
        data = seed()
        expected = {}
        for i in range(n):
            mutated, kind = mutate(data, rnd)
            name = 'm%04d-%s%s' % (i, kind, ext)
            open(os.path.join(folder, name), 'wb').write(mutated)
            expected[name] = (count(mutated), kind)
        out = os.path.join(work, fmt + '-out')
        p = subprocess.run([os.path.join(dist, 'bin/evidentia'), 'run', '-s', source, '-x', 'cytokines',
                            '-r', 'findings-jsonl', '-o', out, '--run-date', '2026-01-01', folder],
                           capture_output=True, text=True)
        traces = len(re.findall(r'\n\s+at [\w.$]+\(', p.stderr)) + p.stderr.count('Exception')
        try:
            run = json.load(open(os.path.join(out, 'run.json')))
        except OSError:
            print(fmt, 'NO run.json, exit', p.returncode, p.stderr[-2000:])
            continue
        problems = {}
        for pr in run.get('problems', []):
            problems.setdefault(os.path.basename(pr.get('file') or ''), []).append(pr)
        lost_silent = lost_total = files_silent = 0
        by_kind = {}
        for inp in run['inputs']:
            name = os.path.basename(inp['path'])
            exp, kind = expected[name]
            if exp is None:
                continue
            got = inp['records']
            if got < exp:
                lost_total += exp - got
                reported = any(pr['kind'] in ('input-error',) for pr in problems.get(name, []))
                if not reported:
                    lost_silent += exp - got
                    files_silent += 1
                    by_kind[kind] = by_kind.get(kind, 0) + 1
        totals[fmt] = dict(files=n, exit=p.returncode, files_losing_silently=files_silent,
                           records_lost_silently=lost_silent, records_lost_reported=lost_total - lost_silent,
                           stack_trace_lines=traces, silent_by_mutation=by_kind)
        print(fmt, json.dumps(totals[fmt]), flush=True)


main()
