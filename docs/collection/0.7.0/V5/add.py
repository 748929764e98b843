import json,sys
def w(chunk, obj):
    with open(chunk,'a',encoding='utf-8') as f:
        f.write(json.dumps(obj,ensure_ascii=False)+"\n")
