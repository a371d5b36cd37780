# builder for fresh5 (writer's own; imports nothing from extract/)
def E(t,m,name,series,ordi,level,date,city,ctry,parts,dels=(),comms=(),nxt=None):
    return {"type":t,"mentioned":m,"name":name,"series":series,"ordinal":ordi,"level":level,"date":date,
            "location":{"city":city,"country":ctry},"participants":list(parts),"delegates":list(dels),
            "commitments":list(comms),"next":nxt}
def D(names,c,role,head): return {"names":list(names),"country":c,"role":role,"head":head}
def C(t,a,e): return {"topic":t,"action":a,"evidence":e}
DOCS=[]; GOLD=[]
def add(i,url,title,text,pub,lang,src,events):
    DOCS.append({"id":i,"url":url,"title":title,"text":text,"published":pub,"lang":lang,"source":src})
    GOLD.append({"id":i,"events":events})

YOON=["윤석열","Yoon Suk Yeol","Yoon Suk-yeol"]
# fv01 kr.president Kazakhstan
t="""대통령실 > 브리핑 > 보도자료
윤석열 대통령, 토카예프 카자흐스탄 대통령과 정상회담 개최
2024-06-12 | 대변인실

□ 중앙아시아 3개국을 순방 중인 윤석열 대통령은 6.12.(수) 오후 아스타나 아코르다 대통령궁에서 카심-조마르트 토카예프 대통령과 정상회담을 가졌습니다.
 ㅇ 윤 대통령은 앞서 6.10~12 투르크메니스탄을 국빈 방문하였으며, 카자흐스탄 일정을 마친 뒤 6.14~16 우즈베키스탄을 방문할 예정입니다.

□ 양 정상은 올해가 양국 수교 32주년을 맞는 해라는 점을 평가하고, 핵심광물 분야를 중심으로 양국 간 호혜적 협력을 확대해 나가기로 하였습니다.
 ㅇ 양 정상은 카자흐스탄의 풍부한 광물자원과 우리의 기술력을 결합하여 핵심광물 공급망 협력을 강화하기로 하였으며, 탐사·채굴부터 가공에 이르는 전 주기 협력을 추진하기로 하였습니다.
 ㅇ 또한 에너지·플랜트 및 인프라 분야 협력을 확대하고, 양국 기업이 참여하는 대형 프로젝트가 원활히 추진되도록 지원해 나가기로 하였습니다.
 ㅇ 양 정상은 '한-중앙아 K-실크로드 협력 구상'에 따라 보건·의료, 디지털 분야 협력 방안을 논의하였습니다.

□ 정상회담 직후 양 정상 임석하에 핵심광물 공급망 협력에 관한 양해각서(MOU) 등 양국 정부 간 문서 서명식이 진행되었습니다.
 ※ 양국은 '22.4월 카자흐스탄 측 인사 방한 계기에도 경제협력 방안을 협의한 바 있음

□ 윤 대통령은 회담에서 내년 개최 예정인 한-중앙아 정상회의에 토카예프 대통령이 참석해 줄 것을 요청하였습니다.
"""
TOK=["카심-조마르트 토카예프","Kassym-Jomart Tokayev","토카예프","Tokayev"]
add("fv01","https://www.president.go.kr/newsroom/briefing/Kz24ast","윤석열 대통령, 토카예프 카자흐스탄 대통령과 정상회담 개최",t,"2024-06-12","ko","kr.president",[
 E("dialogue",False,"한-카자흐스탄 정상회담",None,None,"leaders","2024-06-12","Astana","KAZ",["KOR","KAZ"],
   [D(YOON,"KOR","대통령 (President)",True),D(TOK,"KAZ","대통령 (President)",True)],
   [C("critical_minerals","expand critical minerals cooperation","핵심광물 분야를 중심으로 양국 간 호혜적 협력을 확대해 나가기로 하였습니다"),
    C("supply_chain","strengthen critical minerals supply chain cooperation from exploration to processing","핵심광물 공급망 협력을 강화하기로 하였으며, 탐사·채굴부터 가공에 이르는 전 주기 협력을 추진하기로 하였습니다"),
    C("energy","expand energy and plant cooperation","에너지·플랜트 및 인프라 분야 협력을 확대하고"),
    C("infrastructure_security","expand infrastructure cooperation and support large joint projects","에너지·플랜트 및 인프라 분야 협력을 확대하고, 양국 기업이 참여하는 대형 프로젝트가 원활히 추진되도록 지원해 나가기로 하였습니다"),
    C("health","discuss health and medical cooperation","보건·의료, 디지털 분야 협력 방안을 논의하였습니다"),
    C("digital","discuss digital cooperation","보건·의료, 디지털 분야 협력 방안을 논의하였습니다")]),
 E("agreement",False,"핵심광물 공급망 협력에 관한 양해각서(MOU) 등 양국 정부 간 문서 서명식",None,None,"leaders","2024-06-12","Astana","KAZ",["KOR","KAZ"],
   [D(YOON,"KOR","대통령 (President)",False),D(TOK,"KAZ","대통령 (President)",False)],
   [C("critical_minerals","sign critical minerals supply chain MOU","핵심광물 공급망 협력에 관한 양해각서(MOU) 등 양국 정부 간 문서 서명식이 진행되었습니다")]),
 E("dialogue",True,"투르크메니스탄 국빈 방문",None,None,"leaders","2024-06-10",None,"TKM",["KOR","TKM"],[D(YOON,"KOR","대통령 (President)",True)]),
 E("dialogue",True,"우즈베키스탄 방문",None,None,"leaders","2024-06-14",None,"UZB",["KOR","UZB"],[D(YOON,"KOR","대통령 (President)",True)]),
 E("dialogue",True,"카자흐스탄 측 인사 방한",None,None,None,None,None,"KOR",["KOR","KAZ"]),
 E("dialogue",True,"한-중앙아 정상회의","Korea-Central Asia Summit",None,"leaders",None,None,None,["KOR","KAZ"]),
])

# fv02 kr.mof Our Ocean Conference
t="""해양수산부 보도자료
제9차 아워오션 콘퍼런스 부산에서 성황리 폐막 … 참가국들 총 400여 개 공약 발표
배포일시: 2024. 4. 17.(수) / 담당: 해양정책실 해양개발과

□ 해양수산부(장관 강도형)와 외교부는 4.16~17 이틀간 부산 벡스코에서 '제9차 아워오션 콘퍼런스(Our Ocean Conference)'를 개최하였다고 밝혔다.
 ㅇ 이번 회의는 '우리의 해양, 우리의 행동(Our Ocean, Our Action)'을 주제로 열렸으며, 각국 정부 대표와 국제기구, 시민사회, 기업 관계자 등이 참석하였다.
 ㅇ 강도형 해양수산부 장관과 조태열 외교부 장관이 공동 의장을 맡아 회의를 주재하였다.

□ 참가자들은 ▲해양보호구역 ▲기후변화 대응 ▲지속가능한 수산 ▲해양오염 ▲해양안보 ▲지속가능한 블루이코노미 등 6개 의제에 대해 논의하고, 이틀간 총 400여 개의 자발적 공약을 발표하였다.
 ㅇ 우리 정부는 해양 디지털 전환, 개발도상국 해양 역량 강화 지원 등 다수의 공약을 발표하였으며, 특히 태평양 도서국과 아프리카 연안국의 불법·비보고·비규제(IUU) 어업 대응 역량 강화를 지원하기로 하였다.

□ 이날 폐회식에서는 차기 개최국인 케냐가 다음 회의 준비 계획을 소개하였다.
 ※ 아워오션 콘퍼런스는 '14년 미국 워싱턴에서 시작되어 매년 개최되고 있으며, 제8차 회의는 '23.3월 파나마에서 개최됨
"""
add("fv02","https://www.mof.go.kr/doc/ko/selectDoc.do?docSeq=ooc0417","제9차 아워오션 콘퍼런스 부산에서 성황리 폐막",t,"2024-04-17","ko","kr.mof",[
 E("dialogue",False,"제9차 아워오션 콘퍼런스(Our Ocean Conference)","Our Ocean Conference",9,"ministerial","2024-04-16","Busan","KOR",["KOR","KEN"],
   [D(["강도형","Kang Do-hyung","Kang Do-hyeong","Kang Dohyeong"],"KOR","해양수산부 장관 (Minister of Oceans and Fisheries)",True),
    D(["조태열","Cho Tae-yul","Cho Taeyul"],"KOR","외교부 장관 (Minister of Foreign Affairs)",True)],
   [C("other","discuss marine protected areas","▲해양보호구역 ▲기후변화 대응 ▲지속가능한 수산 ▲해양오염 ▲해양안보 ▲지속가능한 블루이코노미 등 6개 의제에 대해 논의하고"),
    C("climate","discuss climate change response","▲해양보호구역 ▲기후변화 대응 ▲지속가능한 수산 ▲해양오염 ▲해양안보 ▲지속가능한 블루이코노미 등 6개 의제에 대해 논의하고"),
    C("maritime_security","discuss maritime security","▲해양보호구역 ▲기후변화 대응 ▲지속가능한 수산 ▲해양오염 ▲해양안보 ▲지속가능한 블루이코노미 등 6개 의제에 대해 논의하고"),
    C("other","announce about 400 voluntary commitments","이틀간 총 400여 개의 자발적 공약을 발표하였다"),
    C("digital","pledge ocean digital transformation","해양 디지털 전환, 개발도상국 해양 역량 강화 지원 등 다수의 공약을 발표하였으며"),
    C("development","support developing countries' ocean capacity and IUU fishing response","태평양 도서국과 아프리카 연안국의 불법·비보고·비규제(IUU) 어업 대응 역량 강화를 지원하기로 하였다")]),
 E("dialogue",True,"아워오션 콘퍼런스 ('14년 워싱턴)","Our Ocean Conference",None,None,None,"Washington","USA",["USA"]),
 E("dialogue",True,"제8차 회의","Our Ocean Conference",8,None,None,None,"PAN",["PAN"]),
 E("dialogue",True,"다음 회의 (케냐)","Our Ocean Conference",None,None,None,None,"KEN",["KEN"]),
])

# fv03 kr.mofa spokesperson briefing - planned/past only
t="""외교부 대변인 정례브리핑 (2024.5.23.(목) 15:00)

□ 모두발언
 ㅇ 임수석 대변인은 제9차 한일중 정상회의가 5.26~27 서울에서 개최된다고 밝혔습니다.
  - 이번 정상회의는 '19.12.24. 중국 청두에서 열린 제8차 회의 이후 약 4년 5개월 만에 개최되는 것으로, 윤석열 대통령이 의장국 정상으로서 기시다 후미오 일본 총리, 리창 중국 국무원 총리를 맞이할 예정입니다.
  - 3국 정상은 5.27.(월) 정상회의에서 인적교류, 기후변화 대응, 경제·통상, 보건·고령화, 과학기술·디지털 전환, 재난·안전 등 6대 분야 협력 방안을 논의할 예정이며, 이에 앞서 5.26.(일)에는 윤 대통령과 각 정상 간 양자회담이 열릴 예정입니다.
  - 아울러 5.27.(월) 오후에는 3국 경제계가 참여하는 한일중 비즈니스 서밋이 열릴 예정입니다.

□ 질의응답
 ㅇ 한중 관계 관련 질문에 대해 대변인은, 조태열 장관이 지난 5.13~14 베이징을 방문하여 5.13.(월) 왕이 외교부장과 외교장관회담을 가진 바 있으며, 이번 정상회의 계기 한중 총리 회담을 통해 양국 간 소통이 한층 강화되기를 기대한다고 답변하였습니다.
 ※ 3국 외교장관회의는 '23.11.26. 부산에서 개최된 바 있음
 ㅇ 대변인은 정상회의 공동선언 문안과 관련하여서는 현재 3국 간 협의가 진행 중이라는 점 외에 구체적인 내용을 밝히기 어렵다고 하였습니다.
"""
KISHIDA=["기시다 후미오","Kishida Fumio","Fumio Kishida","기시다"]
LIQ=["리창","Li Qiang"]
add("fv03","https://www.mofa.go.kr/www/brd/m_4074/view.do?seq=20240523","외교부 대변인 정례브리핑 (2024.5.23.)",t,"2024-05-23","ko","kr.mofa",[
 E("dialogue",True,"제9차 한일중 정상회의","Korea-Japan-China Trilateral Summit",9,"leaders","2024-05-27","Seoul","KOR",["KOR","JPN","CHN"],
   [D(YOON,"KOR","대통령 (President)",True),D(KISHIDA,"JPN","총리 (Prime Minister)",True),D(LIQ,"CHN","국무원 총리 (Premier)",True)],
   [C("other","discuss people-to-people exchanges","인적교류, 기후변화 대응, 경제·통상, 보건·고령화, 과학기술·디지털 전환, 재난·안전 등 6대 분야 협력 방안을 논의할 예정이며"),
    C("climate","discuss climate change response","인적교류, 기후변화 대응, 경제·통상, 보건·고령화, 과학기술·디지털 전환, 재난·안전 등 6대 분야 협력 방안을 논의할 예정이며"),
    C("trade","discuss economy and trade","인적교류, 기후변화 대응, 경제·통상, 보건·고령화, 과학기술·디지털 전환, 재난·안전 등 6대 분야 협력 방안을 논의할 예정이며"),
    C("health","discuss health and ageing","인적교류, 기후변화 대응, 경제·통상, 보건·고령화, 과학기술·디지털 전환, 재난·안전 등 6대 분야 협력 방안을 논의할 예정이며"),
    C("digital","discuss science, technology and digital transformation","인적교류, 기후변화 대응, 경제·통상, 보건·고령화, 과학기술·디지털 전환, 재난·안전 등 6대 분야 협력 방안을 논의할 예정이며")]),
 E("dialogue",True,"제8차 회의 (청두)","Korea-Japan-China Trilateral Summit",8,"leaders","2019-12-24","Chengdu","CHN",["KOR","JPN","CHN"]),
 E("dialogue",True,"윤 대통령과 각 정상 간 양자회담",None,None,"leaders","2024-05-26",None,None,["KOR","JPN","CHN"],[D(YOON,"KOR","대통령 (President)",True)]),
 E("dialogue",True,"한일중 비즈니스 서밋",None,None,None,"2024-05-27",None,None,["KOR","JPN","CHN"]),
 E("dialogue",True,"한중 외교장관회담",None,None,"ministerial","2024-05-13","Beijing","CHN",["KOR","CHN"],
   [D(["조태열","Cho Tae-yul"],"KOR","외교부 장관 (Minister of Foreign Affairs)",True),D(["왕이","Wang Yi"],"CHN","외교부장 (Foreign Minister)",True)]),
 E("dialogue",True,"한중 총리 회담",None,None,"leaders",None,None,None,["KOR","CHN"]),
 E("dialogue",True,"3국 외교장관회의","Korea-Japan-China Trilateral Foreign Ministers' Meeting",None,"ministerial","2023-11-26","Busan","KOR",["KOR","JPN","CHN"]),
])

# fv04 kr.embassy-cz
t="""주체코 대한민국 대사관 > 공지사항
윤석열 대통령 체코 공식 방문 결과 안내
작성일 2024-09-21

 윤석열 대통령 내외는 9.19~21 체코를 공식 방문하였습니다. 주요 일정 결과를 아래와 같이 안내해 드립니다.

1. 대통령 면담 (9.20.(금) 오전, 프라하성)
 - 윤 대통령은 페트르 파벨 대통령과 면담을 갖고, 올해 수교 34주년을 맞은 양국 관계를 평가하였습니다. 양측은 우크라이나 재건 과정에서 양국이 협력해 나가기로 하였습니다.

2. 정상회담 (9.20.(금) 오후, 총리실)
 - 윤 대통령은 페트르 피알라 총리와 정상회담을 갖고, 두코바니 원전 건설 사업의 성공적 추진을 위해 긴밀히 협력하기로 하였으며, 원전 협력을 계기로 배터리·자동차, 첨단산업 분야로 협력을 확대해 나가기로 하였습니다.
 - 양 정상은 체코 원전 사업의 우선협상대상자 선정('24.7.17.)을 환영하고, 최종 계약까지 양국 정부가 적극 지원하기로 하였습니다.
 - 정상회담 후 원전 협력, 과학기술, 에너지 등 분야의 양해각서 서명식이 양 정상 임석하에 개최되었습니다.

3. 한-체코 비즈니스 포럼 (9.20.(금))
 - 윤 대통령은 프라하에서 열린 비즈니스 포럼에 참석하여 축사하였습니다.

※ 대통령께서는 9.21.(토) 플젠 소재 두산스코다파워를 방문하셨으며, 이는 행사 시찰로 별도 회담은 없었습니다.
※ 문의: 대사관 영사과 (+420-234-090-411)
"""
PAVEL=["페트르 파벨","Petr Pavel","파벨"]; FIALA=["페트르 피알라","Petr Fiala","피알라"]
add("fv04","https://overseas.mofa.go.kr/cz-ko/brd/m_11184/view.do?seq=1361","윤석열 대통령 체코 공식 방문 결과 안내",t,"2024-09-21","ko","kr.embassy-cz",[
 E("dialogue",False,"대통령 면담",None,None,"leaders","2024-09-20","Prague","CZE",["KOR","CZE"],
   [D(YOON,"KOR","대통령 (President)",True),D(PAVEL,"CZE","대통령 (President)",True)],
   [C("other","cooperate in Ukraine reconstruction","우크라이나 재건 과정에서 양국이 협력해 나가기로 하였습니다")]),
 E("dialogue",False,"정상회담",None,None,"leaders","2024-09-20","Prague","CZE",["KOR","CZE"],
   [D(YOON,"KOR","대통령 (President)",True),D(FIALA,"CZE","총리 (Prime Minister)",True)],
   [C("energy","cooperate closely on the Dukovany nuclear project","두코바니 원전 건설 사업의 성공적 추진을 위해 긴밀히 협력하기로 하였으며"),
    C("batteries","expand cooperation to batteries","배터리·자동차, 첨단산업 분야로 협력을 확대해 나가기로 하였습니다"),
    C("emerging_tech","expand cooperation to advanced industries","배터리·자동차, 첨단산업 분야로 협력을 확대해 나가기로 하였습니다"),
    C("energy","support the nuclear project through to the final contract","최종 계약까지 양국 정부가 적극 지원하기로 하였습니다")]),
 E("agreement",False,"원전 협력, 과학기술, 에너지 등 분야의 양해각서 서명식",None,None,"leaders","2024-09-20","Prague","CZE",["KOR","CZE"],
   [D(YOON,"KOR","대통령 (President)",False),D(FIALA,"CZE","총리 (Prime Minister)",False)],
   [C("energy","sign nuclear and energy MOUs","원전 협력, 과학기술, 에너지 등 분야의 양해각서 서명식이 양 정상 임석하에 개최되었습니다"),
    C("emerging_tech","sign science and technology MOU","원전 협력, 과학기술, 에너지 등 분야의 양해각서 서명식이 양 정상 임석하에 개최되었습니다")]),
 E("dialogue",False,"한-체코 비즈니스 포럼",None,None,"leaders","2024-09-20","Prague","CZE",["KOR","CZE"],
   [D(YOON,"KOR","대통령 (President)",True)]),
])

# fv05 kr.motie Korea-GCC FTA conclusion
t="""산업통상자원부 보도자료
한-걸프협력회의(GCC) FTA 협상 타결 … 중동 지역과의 첫 FTA
보도일시: 2023.12.28.(목) 배포 즉시

□ 산업통상자원부 장관은 12.28.(목) 서울에서 자셈 무함마드 알부다이위(Jasem Mohamed Albudaiwi) GCC 사무총장과 회담을 갖고, 한-GCC 자유무역협정(FTA) 협상 타결을 확인하는 공동선언문에 서명하였다.
 ㅇ GCC는 사우디아라비아, 아랍에미리트, 카타르, 쿠웨이트, 오만, 바레인 등 6개국으로 구성된 지역 협력체로, 이번 협정은 우리나라가 중동 국가들과 맺는 최초의 FTA이다.
 ㅇ 한-GCC FTA는 '08년 협상을 개시하였으나 '10년 이후 중단되었다가, '22.3월 협상 재개를 선언한 후 '23년 중 수차례의 공식 협상과 회기간 협의를 거쳐 이번에 타결되었다.

□ 양측은 회담에서 상품 시장 개방 외에도 ▲에너지·자원 공급망 ▲수소 등 청정에너지 ▲인프라·플랜트 ▲보건의료 분야 협력을 확대하기로 하였다.
 ㅇ 양측은 향후 법률 검토 등 후속 절차를 조속히 마무리하여 정식 서명을 추진하기로 하였다.

□ GCC는 우리나라 원유 수입의 상당 부분을 차지하는 핵심 에너지 공급원이자, 건설·플랜트 분야의 주요 해외 시장이다.
 ㅇ 한편 이날 회담에는 양측 수석대표를 맡아 온 통상 담당 실무진도 배석하였다.

□ 산업부는 "이번 타결로 원유·가스 등 에너지의 안정적 공급 기반이 강화될 것"이라고 설명하였다.

붙임: 한-GCC FTA 주요 내용 (별도 배포)
"""
ALB=["자셈 무함마드 알부다이위","Jasem Mohamed Albudaiwi","Jasem Albudaiwi","알부다이위"]
MIN=D([],"KOR","산업통상자원부 장관 (Minister of Trade, Industry and Energy)",True)
add("fv05","https://www.motie.go.kr/kor/article/ATCL3f2e0c1a/168522/view","한-걸프협력회의(GCC) FTA 협상 타결",t,"2023-12-28","ko","kr.motie",[
 E("dialogue",False,"한-GCC 회담",None,None,"ministerial","2023-12-28","Seoul","KOR",["KOR","GCC"],
   [MIN,D(ALB,"GCC","GCC 사무총장 (Secretary General)",True)],
   [C("supply_chain","expand energy and resource supply chain cooperation","▲에너지·자원 공급망 ▲수소 등 청정에너지 ▲인프라·플랜트 ▲보건의료 분야 협력을 확대하기로 하였다"),
    C("energy","expand clean energy cooperation including hydrogen","▲에너지·자원 공급망 ▲수소 등 청정에너지 ▲인프라·플랜트 ▲보건의료 분야 협력을 확대하기로 하였다"),
    C("infrastructure_security","expand infrastructure and plant cooperation","▲에너지·자원 공급망 ▲수소 등 청정에너지 ▲인프라·플랜트 ▲보건의료 분야 협력을 확대하기로 하였다"),
    C("health","expand health and medical cooperation","▲에너지·자원 공급망 ▲수소 등 청정에너지 ▲인프라·플랜트 ▲보건의료 분야 협력을 확대하기로 하였다"),
    C("trade","complete follow-up procedures and pursue formal signing of the FTA","후속 절차를 조속히 마무리하여 정식 서명을 추진하기로 하였다")]),
 E("agreement",False,"한-GCC FTA 협상 타결 공동선언문",None,None,"ministerial","2023-12-28","Seoul","KOR",["KOR","GCC"],
   [MIN,D(ALB,"GCC","GCC 사무총장 (Secretary General)",True)],
   [C("trade","conclude Korea-GCC FTA negotiations","한-GCC 자유무역협정(FTA) 협상 타결을 확인하는 공동선언문에 서명하였다")]),
 E("launch",True,"한-GCC FTA 협상 개시",None,None,None,None,None,None,["KOR","GCC"]),
 E("launch",True,"협상 재개 선언",None,None,None,None,None,None,["KOR","GCC"]),
 E("agreement",True,"정식 서명",None,None,None,None,None,None,["KOR","GCC"]),
])

# fv06 news.hankyoreh Korea-Africa Summit
t="""[한겨레] 한-아프리카 정상회의 개막 … "핵심광물 대화 출범, 2030년까지 ODA 100억달러"
입력 2024-06-04 19:32

 한국이 아프리카 국가들을 상대로 처음 여는 다자 정상회의인 '2024 한-아프리카 정상회의'가 4일 경기 고양 킨텍스에서 열렸다. 회의에는 아프리카 48개국이 참석했으며, 이 가운데 25개국은 정상이 직접 왔다.

 윤석열 대통령은 이날 아프리카연합(AU) 의장국인 모리타니의 모하메드 울드 가즈아니 대통령과 함께 회의를 공동 주재했다. 무사 파키 마하마트 AU 집행위원장도 자리를 함께했다.

 참가국 정상들은 이날 '한-아프리카 핵심광물 대화'를 출범시키기로 합의했다. 양측은 핵심광물의 안정적 공급망을 구축하고, 광물 개발 과정에서 아프리카 국가의 역량 강화를 함께 추진하기로 했다.
 윤 대통령은 또 2030년까지 대아프리카 공적개발원조(ODA) 규모를 100억 달러로 늘리고, 우리 기업의 아프리카 진출을 위해 140억 달러 규모의 수출금융을 지원하겠다고 밝혔다. 정상들은 이 밖에 식량 안보, 기후변화 대응, 디지털 전환 분야에서 협력을 넓혀 가기로 한 공동선언을 채택했다.

 정부는 회의 기간 중 여러 아프리카 국가 정상과 양자회담도 잇따라 열고 있다. 5일에는 양측 기업인이 참여하는 한-아프리카 비즈니스 서밋이 같은 장소에서 열린다.

 외교가에서는 "자원 확보 경쟁 속에서 아프리카와의 연결 고리를 만든 것"이라는 평가와 함께 "후속 이행이 관건"이라는 지적도 나온다.
"""
add("fv06","https://www.hani.co.kr/arti/politics/diplomacy/1143201.html","한-아프리카 정상회의 개막",t,"2024-06-04","ko","news.hankyoreh",[
 E("dialogue",False,"2024 한-아프리카 정상회의","Korea-Africa Summit",1,"leaders","2024-06-04","Goyang","KOR",["KOR","MRT","AU"],
   [D(YOON,"KOR","대통령 (President)",True),
    D(["모하메드 울드 가즈아니","Mohamed Ould Ghazouani","Mohamed Ould Cheikh El Ghazouani"],"MRT","대통령, AU 의장국 (President, AU chair)",True),
    D(["무사 파키 마하마트","Moussa Faki Mahamat","Moussa Faki"],"AU","AU 집행위원장 (AU Commission Chairperson)",False)],
   [C("supply_chain","build a stable critical minerals supply chain","핵심광물의 안정적 공급망을 구축하고"),
    C("critical_minerals","jointly build African capacity in mineral development","광물 개발 과정에서 아프리카 국가의 역량 강화를 함께 추진하기로 했다"),
    C("development","raise ODA to Africa to USD 10 billion by 2030","2030년까지 대아프리카 공적개발원조(ODA) 규모를 100억 달러로 늘리고"),
    C("investment","provide USD 14 billion in export finance","140억 달러 규모의 수출금융을 지원하겠다고 밝혔다"),
    C("other","expand food security cooperation","식량 안보, 기후변화 대응, 디지털 전환 분야에서 협력을 넓혀 가기로 한 공동선언을 채택했다"),
    C("climate","expand climate change cooperation","식량 안보, 기후변화 대응, 디지털 전환 분야에서 협력을 넓혀 가기로 한 공동선언을 채택했다"),
    C("digital","expand digital transformation cooperation","식량 안보, 기후변화 대응, 디지털 전환 분야에서 협력을 넓혀 가기로 한 공동선언을 채택했다")]),
 E("launch",False,"한-아프리카 핵심광물 대화","Korea-Africa Critical Minerals Dialogue",None,"leaders","2024-06-04","Goyang","KOR",["KOR","MRT","AU"],
   [],[C("critical_minerals","launch the Korea-Africa Critical Minerals Dialogue","'한-아프리카 핵심광물 대화'를 출범시키기로 합의했다")]),
 E("dialogue",True,"양자회담",None,None,"leaders",None,None,None,["KOR"]),
 E("dialogue",True,"한-아프리카 비즈니스 서밋",None,None,None,"2024-06-05","Goyang","KOR",["KOR"]),
])

# fv07 wire.yonhap (ko) Lee-Xi call
t="""[연합뉴스] 이재명 대통령, 시진핑 주석과 첫 통화 … "APEC 계기 만남 기대"
송고시간 2025-06-10 22:15

(서울=연합뉴스) 이재명 대통령은 10일 시진핑(習近平) 중국 국가주석과 취임 후 첫 전화 통화를 했다.

 강유정 대통령실 대변인은 이날 서면 브리핑에서 "양 정상은 오늘 통화하며 한중 관계 발전 방향에 대해 의견을 나눴다"고 밝혔다.
 강 대변인에 따르면 시 주석은 이 대통령의 취임을 축하했고, 이 대통령은 사의를 표했다.

 양 정상은 한중 전략적 협력 동반자 관계를 내실 있게 발전시켜 나가기로 했으며, 경제·통상 분야에서 공급망 협력을 강화하고 상호 호혜적인 교류를 확대하자는 데 뜻을 모았다.
 이 대통령은 또 한반도 비핵화와 평화 정착을 위해 중국이 건설적인 역할을 해 달라고 당부했다.

 이 대통령은 올해 가을 경주에서 열리는 아시아태평양경제협력체(APEC) 정상회의에 시 주석이 참석하기를 기대한다고 말했다.

 대통령실 관계자는 "두 정상이 취임 초기부터 직접 소통 채널을 확보했다는 데 의미가 있다"며 "구체적인 정상회담 일정은 외교 경로를 통해 협의해 나갈 것"이라고 설명했다.
 중국 측도 관영 매체를 통해 통화 사실을 전하며 양국 관계의 안정적 발전을 강조했다.

 이 대통령은 지난 6일 도널드 트럼프 미국 대통령과, 전날인 9일에는 이시바 시게루 일본 총리와 각각 통화한 바 있다.
"""
LEE=["이재명","Lee Jae-myung","Lee Jae-myeong","Lee Jaemyung"]
add("fv07","https://www.yna.co.kr/view/AKR20250610171500001","이재명 대통령, 시진핑 주석과 첫 통화",t,"2025-06-10","ko","wire.yonhap",[
 E("dialogue",False,"한중 정상 통화",None,None,"leaders","2025-06-10",None,None,["KOR","CHN"],
   [D(LEE,"KOR","대통령 (President)",True),D(["시진핑","習近平","Xi Jinping"],"CHN","국가주석 (President)",True)],
   [C("other","substantively develop the strategic cooperative partnership","한중 전략적 협력 동반자 관계를 내실 있게 발전시켜 나가기로 했으며"),
    C("supply_chain","strengthen supply chain cooperation","경제·통상 분야에서 공급망 협력을 강화하고"),
    C("trade","expand mutually beneficial economic and trade exchanges","경제·통상 분야에서 공급망 협력을 강화하고 상호 호혜적인 교류를 확대하자는 데 뜻을 모았다"),
    C("north_korea","ask China to play a constructive role for denuclearisation and peace","한반도 비핵화와 평화 정착을 위해 중국이 건설적인 역할을 해 달라고 당부했다")]),
 E("dialogue",True,"APEC 정상회의","APEC Leaders' Meeting",None,"leaders",None,"Gyeongju","KOR",["APEC"]),
 E("dialogue",True,"트럼프 대통령과 통화",None,None,"leaders","2025-06-06",None,None,["KOR","USA"],
   [D(LEE,"KOR","대통령 (President)",True),D(["도널드 트럼프","Donald Trump"],"USA","대통령 (President)",True)]),
 E("dialogue",True,"이시바 총리와 통화",None,None,"leaders","2025-06-09",None,None,["KOR","JPN"],
   [D(LEE,"KOR","대통령 (President)",True),D(["이시바 시게루","Ishiba Shigeru","Shigeru Ishiba"],"JPN","총리 (Prime Minister)",True)]),
])

# fv08 kr.mofa Korea-Pacific Islands Summit
t="""외교부 보도자료
「2024 한-태평양도서국 정상회의」 개최 결과
2024.5.29.(수)

1. 윤석열 대통령은 5.29.(수) 서울에서 쿡제도 마크 브라운 총리(태평양도서국포럼(PIF) 의장)와 함께 「2024 한-태평양도서국 정상회의」를 공동 주재하였습니다.
 ㅇ 이번 회의는 우리 정부가 태평양도서국들과 처음으로 개최한 정상회의로, '함께 만드는 미래: 푸른 태평양을 향한 항해'를 주제로 열렸으며, 18개 PIF 회원국 정상급 인사와 PIF 사무국이 참석하였습니다.

2. 정상들은 회의 결과 정상선언을 채택하고, ▲기후변화 대응 ▲해양·수산 ▲보건 ▲인프라 등 분야의 협력을 강화하기로 하였습니다.
 ㅇ 또한 불법·비보고·비규제(IUU) 어업 대응 등 해양 안보 분야 협력을 확대하고, 2050 푸른 태평양 대륙 전략 이행을 지원해 나가기로 하였습니다.
 ㅇ 우리 측은 태평양도서국에 대한 개발협력 규모를 단계적으로 확대해 나가겠다고 밝혔습니다.

3. 이번 정상회의는 '11년부터 개최되어 온 한-태평양도서국 외교장관회의를 정상급으로 격상한 것으로, 양측은 정상선언에서 향후 정상회의를 정례적으로 개최하는 방안을 검토하기로 하였습니다.
 ※ 이번 회의 기간 중 정상 부인 프로그램 등 부대행사도 함께 진행됨

4. 정상회의 공동의장인 브라운 총리는 폐회 기자회견에서 "양측 협력이 새로운 단계에 들어섰다"고 평가하였습니다.
"""
add("fv08","https://www.mofa.go.kr/www/brd/m_4080/view.do?seq=375120","「2024 한-태평양도서국 정상회의」 개최 결과",t,"2024-05-29","ko","kr.mofa",[
 E("dialogue",False,"2024 한-태평양도서국 정상회의","Korea-Pacific Islands Summit",1,"leaders","2024-05-29","Seoul","KOR",["KOR","COK","PIF"],
   [D(YOON,"KOR","대통령 (President)",True),
    D(["마크 브라운","Mark Brown"],"COK","총리, PIF 의장 (Prime Minister, PIF chair)",True),
],
   [C("climate","strengthen climate change cooperation","▲기후변화 대응 ▲해양·수산 ▲보건 ▲인프라 등 분야의 협력을 강화하기로 하였습니다"),
    C("other","strengthen ocean and fisheries cooperation","▲기후변화 대응 ▲해양·수산 ▲보건 ▲인프라 등 분야의 협력을 강화하기로 하였습니다"),
    C("health","strengthen health cooperation","▲기후변화 대응 ▲해양·수산 ▲보건 ▲인프라 등 분야의 협력을 강화하기로 하였습니다"),
    C("infrastructure_security","strengthen infrastructure cooperation","▲기후변화 대응 ▲해양·수산 ▲보건 ▲인프라 등 분야의 협력을 강화하기로 하였습니다"),
    C("maritime_security","expand maritime security cooperation including IUU fishing","불법·비보고·비규제(IUU) 어업 대응 등 해양 안보 분야 협력을 확대하고"),
    C("other","support the 2050 Strategy for the Blue Pacific Continent","2050 푸른 태평양 대륙 전략 이행을 지원해 나가기로 하였습니다"),
    C("development","expand development cooperation gradually","개발협력 규모를 단계적으로 확대해 나가겠다고 밝혔습니다"),
    C("other","consider holding the summit regularly","향후 정상회의를 정례적으로 개최하는 방안을 검토하기로 하였습니다")]),
 E("dialogue",True,"한-태평양도서국 외교장관회의","Korea-Pacific Islands Foreign Ministers' Meeting",None,"ministerial",None,None,None,["KOR","PIF"]),
])
