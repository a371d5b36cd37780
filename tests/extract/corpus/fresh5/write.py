import json,sys,re
TOPICS=set('supply_chain critical_minerals semiconductors batteries energy emerging_tech ai quantum space biotech biopharma digital data_security cybersecurity infrastructure_security technology_protection economic_coercion export_control investment trade maritime_security north_korea defense development health climate other'.split())
exec(open('build_ko.py').read())
import os
if os.path.exists('build_en.py'): exec(open('build_en.py').read())
for d,g in zip(DOCS,GOLD):
  assert d['id']==g['id']
  for e in g['events']:
    assert e['type'] in ('dialogue','launch','agreement','statement')
    assert e['level'] in ('leaders','ministerial','senior_officials','working',None)
    for c in e['commitments']:
      assert c['evidence'] in d['text'],(d['id'],c['evidence'])
      assert c['topic'] in TOPICS,(d['id'],c['topic']); assert set(c)=={'topic','action','evidence'}
    assert set(e)=={'type','mentioned','name','series','ordinal','level','date','location','participants','delegates','commitments','next'}
    assert e['date'] is None or re.fullmatch(r'\d{4}-\d{2}-\d{2}',e['date'])
    for x in e['delegates']: assert set(x)=={'names','country','role','head'}
  print(d['id'],d['lang'],d['source'],len(d['text'].encode()),len(g['events']),sum(not e['mentioned'] for e in g['events']))
with open('unseen/docs.jsonl','w') as f:
  for d in DOCS: f.write(json.dumps(d,ensure_ascii=False)+'\n')
with open('unseen/gold.jsonl','w') as f:
  for g in GOLD: f.write(json.dumps(g,ensure_ascii=False)+'\n')
