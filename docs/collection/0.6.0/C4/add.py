import json,sys
def add(chunk, objs):
    with open(chunk,'a',encoding='utf-8') as f:
        for o in objs:
            f.write(json.dumps(o,ensure_ascii=False)+"\n")
