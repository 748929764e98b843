import json, sys
ACC = "2026-12-04"
def src(url, title, publisher, published_date, source_type="news_article", original_publisher=None, author=None, language="es"):
    return {"kind": "source", "url": url, "title": title, "publisher": publisher, "original_publisher": original_publisher, "author": author, "published_date": published_date, "source_type": source_type, "language": language, "accessed_date": ACC}
def actor(actor_id, name, actor_type, country, affiliation_id=None, role=None):
    return {"kind": "actor", "actor_id": actor_id, "name": name, "actor_type": actor_type, "country": country, "affiliation_id": affiliation_id, "role": role}
def ev(excerpt, date_cue=None):
    return {"excerpt": excerpt, "date_cue": date_cue}
def st(target, stance, confidence, rationale):
    return {"target": target, "stance": stance, "confidence": confidence, "rationale": rationale, "annotator_id": "ann-a"}
def stm(actor_id, date, source, stype, text, text_en, channel, evidence, stances, event_id=None, language="es"):
    return {"kind": "statement", "actor_id": actor_id, "date": date, "source": source, "event_id": event_id, "statement_type": stype, "text": text, "language": language, "text_en": text_en, "channel": channel, "evidence": evidence, "stances": stances}
def event(date_start, event_type, title, description, country, location, actor_ids, sources, evidence, date_precision="day", date_end=None, instrument=None):
    return {"kind": "event", "date_start": date_start, "date_end": date_end, "date_precision": date_precision, "event_type": event_type, "title": title, "description": description, "country": country, "location": location, "actor_ids": actor_ids, "sources": sources, "instrument": instrument, "evidence": evidence}
def eev(source, excerpt, date_cue=None):
    return {"source": source, "excerpt": excerpt, "date_cue": date_cue}
def write(path, items):
    with open(path, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("wrote", len(items), "to", path)
