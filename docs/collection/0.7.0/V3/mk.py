import json,sys
def w(path, objs):
    with open(path,'a',encoding='utf-8') as f:
        for o in objs: f.write(json.dumps(o,ensure_ascii=False)+'\n')
