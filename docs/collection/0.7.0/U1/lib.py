import json,csv
SRC={r['url']:r['source_id'] for r in csv.DictReader(open('/work/main/data/sources.csv'))}
def src(url,title,publisher,pub_date,orig=None,author=None,stype="news_article",lang="es"):
    if url in SRC: return None
    return {"kind":"source","url":url,"title":title,"publisher":publisher,"original_publisher":orig,"author":author,"published_date":pub_date,"source_type":stype,"language":lang,"accessed_date":"2026-12-04"}
def stm(replaces,actor,date,url,text,text_en,channel,evidence,stances,same_point,stype="direct_quote",event=None):
    s=SRC.get(url,url)
    for e in evidence: assert len(e[0])<=600,(len(e[0]),e[0][:50])
    assert any(text in e[0] for e in evidence), "verbatim"
    for e in evidence:
        if e[1]: assert e[1] in e[0]
    return {"kind":"statement","actor_id":actor,"date":date,"source":s,"event_id":event,"statement_type":stype,"text":text,"language":"es","text_en":text_en,"channel":channel,
      "evidence":[{"excerpt":e[0],"date_cue":e[1]} for e in evidence],
      "stances":[{"target":t,"stance":l,"confidence":c,"rationale":r,"annotator_id":"ann-a"} for (t,l,c,r) in stances],
      "replaces":replaces,"same_point":same_point}
def write(fn,recs):
    with open(fn,'w') as f:
        for r in recs:
            if r: f.write(json.dumps(r,ensure_ascii=False)+"\n")
