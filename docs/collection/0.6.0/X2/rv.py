"""Reviewer helper: print a chunk's lines with context for manual review.
usage: python rv.py C3/chunk_01.jsonl
"""
import json, sys, csv, re, unicodedata, glob
from pathlib import Path

ROOT = Path("/work/main/docs/collection/0.6.0"); D = Path("/work/main/data")
PER = {}

def norm(s):
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()

def toks(s): return set(w for w in norm(s).split() if len(w) > 3)

path = ROOT / sys.argv[1]; coll = path.parent.name
lo, hi = PER.get(coll, ("0", "9"))
srcs = {r["url"]: r for r in csv.DictReader(open(D / "sources.csv", encoding="utf-8"))}
srcid = {r["source_id"]: r for r in srcs.values()}
actors = {r["actor_id"]: r for r in csv.DictReader(open(D / "actors.csv", encoding="utf-8"))}
stm = list(csv.DictReader(open(D / "statements.csv", encoding="utf-8")))
evts = list(csv.DictReader(open(D / "events.csv", encoding="utf-8")))
# other staged statements (all chunks in all collector folders, except this one)
others = []
for f in sorted(glob.glob(str(ROOT / "W?/chunk_*.jsonl"))+glob.glob(str(ROOT / "C?/chunk_*.jsonl"))):
    if f.endswith("prepped.jsonl") or Path(f) == path: continue
    for n, l in enumerate(open(f, encoding="utf-8"), 1):
        try: c = json.loads(l)
        except Exception: continue
        if c.get("kind") == "statement": others.append((f"{Path(f).parent.name}/{Path(f).name}:{n}", c))
lines = [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines()]
staged_src = {}; staged_act = {}
for n, c in enumerate(lines, 1):
    if c["kind"] == "source": staged_src[c["url"]] = c
    if c["kind"] == "actor": staged_act[c["actor_id"]] = c

def srcinfo(s):
    if s in staged_src: r = staged_src[s]; return f"STAGED pub={r.get('published_date')} {r['url']} | {r.get('title')} | {r.get('publisher')} orig={r.get('original_publisher')}"
    if s in srcid: r = srcid[s]; return f"{s} pub={r['published_date']} {r['url']} | {r['title']} | {r['publisher']}"
    if s in srcs: return f"URL-IN-SOURCES {srcs[s]['source_id']}"
    return "UNKNOWN SOURCE " + s

for n, c in enumerate(lines, 1):
    k = c["kind"]
    if k == "source":
        ex = srcs.get(c["url"])
        print(f"{n} SOURCE {c['url']}\n    title={c.get('title')} | pub={c.get('publisher')} orig={c.get('original_publisher')} date={c.get('published_date')} type={c.get('source_type')}" + (f"  !!EXISTS {ex['source_id']}" if ex else ""))
    elif k == "actor":
        ex = actors.get(c["actor_id"])
        sim = [a for a, r in actors.items() if norm(c["name"]).split()[-1:] and norm(c["name"]).split()[-1] in norm(r["name"]).split()]
        print(f"{n} ACTOR {c['actor_id']} | {c['name']} | {c.get('actor_type')} {c.get('country')} | {c.get('role')} | aff={c.get('affiliation_id')}" + (" !!EXISTS" if ex else "") + (f"  similar={sim[:6]}" if sim else ""))
    elif k == "statement":
        a = staged_act.get(c["actor_id"]) or actors.get(c["actor_id"])
        arole = (a or {}).get("role"); aname = (a or {}).get("name")
        flags = []
        if c.get("language")!="es": flags.append("NOT-ES")
        if c.get("statement_type") not in ("direct_quote","document_excerpt"): flags.append("TYPE")
        ev = c.get("evidence") or []
        alltext = " ".join(e["excerpt"] for e in ev)
        if c["text"] not in alltext: flags.append("NOT-VERBATIM")
        for e in ev:
            if e.get("date_cue") and e["date_cue"] not in e["excerpt"]: flags.append("CUE-NOT-IN-EXCERPT")
        print(f"\n{n} STM [{c['actor_id']} = {aname} / {arole} / {(a or {}).get('country')}] date={c['date']} {c['statement_type']} {c['channel']} lang={c['language']} evt={c.get('event_id')} {' '.join(flags)}")
        print(f"   SRC: {srcinfo(c['source'])}")
        print(f"   TEXT: {c['text']}")
        print(f"   EN:   {c.get('text_en')}")
        for e in ev: print(f"   EV[{e.get('date_cue')}]: {e['excerpt']}")
        print("   ST: " + "; ".join(f"{s['target']}={s['stance']}/{s['confidence']} ({s['rationale']})" for s in c.get("stances") or []))
        tt = toks(c["text"])
        for s in stm:
            if s["actor_id"] == c["actor_id"]:
                ov = len(tt & toks(s["text"])) / max(1, len(tt))
                if ov > 0.4 or s["date"] == c["date"]:
                    su = srcid.get(s['source_id'], {}).get('url'); cu = staged_src.get(c['source'], {}).get('url') or srcid.get(c['source'], {}).get('url')
                    tag = "SELF-MERGED?" if (su == cu and s['text'] == c['text']) else "DUP?"
                    print(f"   {tag} {s['statement_id']} {s['date']} ov={ov:.2f} {s['source_id']}: {s['text'][:160]}")
        for where, o in others:
            if o["actor_id"] == c["actor_id"]:
                ov = len(tt & toks(o["text"])) / max(1, len(tt))
                if ov > 0.4 or (o["date"] == c["date"] and ov > 0.2):
                    print(f"   STAGED-DUP? {where} {o['date']} ov={ov:.2f}: {o['text'][:160]}")
        for m, o in enumerate(lines, 1):
            if m != n and o["kind"] == "statement" and o["actor_id"] == c["actor_id"]:
                ov = len(tt & toks(o["text"])) / max(1, len(tt))
                if ov > 0.4 or o["date"] == c["date"]:
                    print(f"   SAME-CHUNK {m} {o['date']} ov={ov:.2f}: {o['text'][:120]}")
    elif k == "event":
        flags = []
        pass
        print(f"\n{n} EVENT {c['date_start']} ({c.get('date_precision')}) {c['event_type']} {c.get('country')} {c.get('location')} actors={c.get('actor_ids')} instr={c.get('instrument')} {' '.join(flags)}")
        print(f"   TITLE: {c['title']}\n   DESC: {c['description']}")
        for s in c.get("sources") or []: print(f"   SRC: {srcinfo(s)}")
        for e in c.get("evidence") or []: print(f"   EV[{e.get('date_cue')}] ({str(e.get('source'))[:50]}): {e['excerpt']}")
        for e in evts:
            if e["date_start"][:7] == c["date_start"][:7] and (e["event_type"] == c["event_type"] or len(toks(e["title"]) & toks(c["title"])) >= 2):
                print(f"   EVT? {e['event_id']} {e['date_start']} {e['event_type']}: {e['title']}")
    else:
        print(f"{n} {k.upper()} {json.dumps(c, ensure_ascii=False)[:400]}")
