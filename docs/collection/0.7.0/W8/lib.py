import json
ACC = "2026-12-04"
def src(url, title, publisher, published_date=None, source_type="news_article", original_publisher=None, author=None, language="es"):
    return {"kind":"source","url":url,"title":title,"publisher":publisher,"original_publisher":original_publisher,"author":author,"published_date":published_date,"source_type":source_type,"language":language,"accessed_date":ACC}
def actor(actor_id, name, actor_type, country, affiliation_id=None, role=None):
    return {"kind":"actor","actor_id":actor_id,"name":name,"actor_type":actor_type,"country":country,"affiliation_id":affiliation_id,"role":role}
def st(actor_id, date, source, text, text_en, channel, evidence, stances, stype="direct_quote", event_id=None):
    return {"kind":"statement","actor_id":actor_id,"date":date,"source":source,"event_id":event_id,"statement_type":stype,"text":text,"language":"es","text_en":text_en,"channel":channel,"evidence":[{"excerpt":e[0],"date_cue":e[1]} for e in evidence],"stances":[{"target":s[0],"stance":s[1],"confidence":s[2],"rationale":s[3],"annotator_id":"ann-a"} for s in stances]}
def write(path, recs):
    with open(path,"w",encoding="utf-8") as f:
        for r in recs: f.write(json.dumps(r,ensure_ascii=False)+"\n")
