# fv09 de.auswaertiges-amt
t="""Federal Foreign Office
Foreign Minister Baerbock in Beijing: "Competition must be fair"
Press release, 14.04.2023

Federal Foreign Minister Annalena Baerbock held talks today in Beijing with her Chinese counterpart, Foreign Minister Qin Gang. It is her first trip to China as Foreign Minister; she arrived in Tianjin on Thursday, where she visited a German company and a vocational training centre.

In their talks at the Diaoyutai State Guesthouse, the two ministers discussed Russia's war of aggression against Ukraine, the situation in the Taiwan Strait and the bilateral relationship. Minister Baerbock called on China to use its influence on Moscow to bring an end to the war. Both sides agreed to step up cooperation on climate action, including in the run-up to COP28. Baerbock also raised the need for a level playing field and reciprocal market access for German companies, and said that Germany would reduce risky one-sided dependencies in its supply chains without decoupling from China.

Later in the day, the Foreign Minister met Wang Yi, Director of the Office of the Central Foreign Affairs Commission, and was received by Vice President Han Zheng. Ambassador Patricia Flor accompanied the Minister in all meetings.

Both sides stated that the German-Chinese government consultations would take place in Berlin in the coming months. The Minister also used the visit to meet representatives of civil society and German businesses in China; these exchanges were held without press.

From Beijing, Minister Baerbock will travel on to Japan, where she will host the meeting of G7 foreign ministers in Karuizawa from 16 to 18 April.
"""
BAER=["Annalena Baerbock","Baerbock"]; FLOR=D(["Patricia Flor","Flor"],"DEU","Ambassador to China",False)
add("fv09","https://www.auswaertiges-amt.de/en/newsroom/news/baerbock-china-2591870","Foreign Minister Baerbock in Beijing",t,"2023-04-14","en","de.auswaertiges-amt",[
 E("dialogue",False,"talks with Foreign Minister Qin Gang",None,None,"ministerial","2023-04-14","Beijing","CHN",["DEU","CHN"],
   [D(BAER,"DEU","Federal Foreign Minister",True),D(["Qin Gang"],"CHN","Foreign Minister",True),FLOR],
   [C("other","discuss Russia's war against Ukraine and the Taiwan Strait","the two ministers discussed Russia's war of aggression against Ukraine, the situation in the Taiwan Strait and the bilateral relationship"),
    C("climate","step up cooperation on climate action","Both sides agreed to step up cooperation on climate action, including in the run-up to COP28"),
    C("trade","seek a level playing field and reciprocal market access","Baerbock also raised the need for a level playing field and reciprocal market access for German companies"),
    C("supply_chain","reduce one-sided supply chain dependencies without decoupling","Germany would reduce risky one-sided dependencies in its supply chains without decoupling from China")]),
 E("dialogue",False,"meeting with Wang Yi",None,None,"ministerial","2023-04-14","Beijing","CHN",["DEU","CHN"],
   [D(BAER,"DEU","Federal Foreign Minister",True),D(["Wang Yi"],"CHN","Director of the Office of the Central Foreign Affairs Commission",True),FLOR]),
 E("dialogue",False,"received by Vice President Han Zheng",None,None,"ministerial","2023-04-14","Beijing","CHN",["DEU","CHN"],
   [D(BAER,"DEU","Federal Foreign Minister",True),D(["Han Zheng"],"CHN","Vice President",True),FLOR]),
 E("dialogue",True,"German-Chinese government consultations","German-Chinese Government Consultations",None,None,None,"Berlin","DEU",["DEU","CHN"]),
 E("dialogue",True,"meeting of G7 foreign ministers","G7 Foreign Ministers' Meeting",None,"ministerial","2023-04-16","Karuizawa","JPN",["G7"],
   [D(BAER,"DEU","Federal Foreign Minister",True)]),
])

# fv10 fr.diplomatie
t="""France Diplomacy - Ministry for Europe and Foreign Affairs
State visit by the President of the Republic to Viet Nam (25-27 May 2025)

The President of the Republic, Emmanuel Macron, is paying a state visit to Viet Nam from 25 to 27 May 2025, the first stage of a tour of Southeast Asia that will then take him to Indonesia and Singapore.

On Monday 26 May, the President was welcomed in Hanoi by the President of Viet Nam, Luong Cuong, at an official ceremony at the Presidential Palace, followed by talks between the two Heads of State. The two Presidents agreed to give concrete substance to the Comprehensive Strategic Partnership, and to step up cooperation in energy transition, including civil nuclear energy, in transport infrastructure and in health.

The President then held talks with the General Secretary of the Communist Party of Viet Nam, To Lam. They discussed ways to strengthen defence and security cooperation, maritime security and respect for the law of the sea in the South China Sea, as well as cooperation in space and in training.

Following the talks, around a dozen agreements and contracts were signed in the presence of the two Presidents, in areas including aeronautics, energy and transport. Among them, a contract for Airbus aircraft was signed by the Vietnamese airline Vietjet.

The President also met Prime Minister Pham Minh Chinh.

The Comprehensive Strategic Partnership was established during To Lam's visit to Paris in October 2024. This state visit, the first by a French President to Viet Nam since 2016, also included a tribute to the French and Vietnamese soldiers and a meeting with students in Hanoi.
"""
MAC=["Emmanuel Macron","Macron"]; LC=["Luong Cuong","Lương Cường"]; TL=["To Lam","Tô Lâm"]
add("fv10","https://www.diplomatie.gouv.fr/en/country-files/vietnam/news/article/state-visit-viet-nam-25-27-05-25","State visit by the President of the Republic to Viet Nam",t,"2025-05-26","en","fr.diplomatie",[
 E("dialogue",False,"talks between the two Heads of State",None,None,"leaders","2025-05-26","Hanoi","VNM",["FRA","VNM"],
   [D(MAC,"FRA","President of the Republic",True),D(LC,"VNM","President of Viet Nam",True)],
   [C("other","give concrete substance to the Comprehensive Strategic Partnership","The two Presidents agreed to give concrete substance to the Comprehensive Strategic Partnership"),
    C("energy","step up cooperation in energy transition including civil nuclear","to step up cooperation in energy transition, including civil nuclear energy, in transport infrastructure and in health"),
    C("infrastructure_security","step up cooperation in transport infrastructure","to step up cooperation in energy transition, including civil nuclear energy, in transport infrastructure and in health"),
    C("health","step up cooperation in health","to step up cooperation in energy transition, including civil nuclear energy, in transport infrastructure and in health")]),
 E("dialogue",False,"talks with the General Secretary To Lam",None,None,"leaders","2025-05-26","Hanoi","VNM",["FRA","VNM"],
   [D(MAC,"FRA","President of the Republic",True),D(TL,"VNM","General Secretary of the Communist Party of Viet Nam",True)],
   [C("defense","discuss strengthening defence and security cooperation","They discussed ways to strengthen defence and security cooperation"),
    C("maritime_security","discuss maritime security and the law of the sea in the South China Sea","maritime security and respect for the law of the sea in the South China Sea"),
    C("space","discuss space cooperation","as well as cooperation in space and in training")]),
 E("agreement",False,"around a dozen agreements and contracts",None,None,"leaders","2025-05-26","Hanoi","VNM",["FRA","VNM"],
   [D(MAC,"FRA","President of the Republic",False),D(LC,"VNM","President of Viet Nam",False)],
   [C("energy","sign agreements in energy","in areas including aeronautics, energy and transport"),
    C("infrastructure_security","sign agreements in transport","in areas including aeronautics, energy and transport")]),
 E("dialogue",False,"meeting with Prime Minister Pham Minh Chinh",None,None,"leaders","2025-05-26","Hanoi","VNM",["FRA","VNM"],
   [D(MAC,"FRA","President of the Republic",True),D(["Pham Minh Chinh","Phạm Minh Chính"],"VNM","Prime Minister",True)]),
 E("dialogue",True,"visit to Indonesia",None,None,"leaders",None,None,"IDN",["FRA","IDN"],[D(MAC,"FRA","President of the Republic",True)]),
 E("dialogue",True,"visit to Singapore",None,None,"leaders",None,None,"SGP",["FRA","SGP"],[D(MAC,"FRA","President of the Republic",True)]),
 E("dialogue",True,"To Lam's visit to Paris",None,None,"leaders",None,"Paris","FRA",["FRA","VNM"],[D(TL,"VNM","General Secretary",True)]),
])

# fv11 nl.government
t="""Government of the Netherlands - News item
Netherlands and South Korea strengthen semiconductor ties
News item | 12-12-2023 | Ministry of General Affairs

Prime Minister Mark Rutte today held talks in The Hague with President Yoon Suk Yeol of the Republic of Korea, who is paying a state visit to the Netherlands at the invitation of His Majesty King Willem-Alexander.

The two leaders agreed that the Netherlands and South Korea will work together more closely on semiconductors, as both countries play a key role in the global chip supply chain. They agreed to forge a 'semiconductor alliance' between the two countries, covering cooperation between businesses, knowledge institutions and governments, including the training of talent.

They also agreed to set up a new dialogue on economic security between the two governments, bringing together their foreign and economic affairs ministries. In addition, the Prime Minister and the President discussed cooperation on the energy transition, including hydrogen and offshore wind, and on water management.

During the visit, President Yoon and the King also visited the chip machine manufacturer ASML in Veldhoven, where they were shown the company's clean rooms.

Rutte: 'South Korea is an important partner for the Netherlands, in Asia and beyond. The agreements we made today will make both our economies more resilient.'

This is the first state visit by a South Korean president to the Netherlands. Bilateral trade between the two countries has grown strongly in recent years, and the Netherlands is one of the largest European investors in South Korea.
"""
add("fv11","https://www.government.nl/latest/news/2023/12/12/netherlands-and-south-korea-strengthen-semiconductor-ties","Netherlands and South Korea strengthen semiconductor ties",t,"2023-12-12","en","nl.government",[
 E("dialogue",False,"talks with President Yoon Suk Yeol",None,None,"leaders","2023-12-12","The Hague","NLD",["NLD","KOR"],
   [D(["Mark Rutte","Rutte"],"NLD","Prime Minister",True),D(YOON+["President Yoon"],"KOR","President",True)],
   [C("semiconductors","work together more closely on semiconductors and forge a semiconductor alliance","They agreed to forge a 'semiconductor alliance' between the two countries"),
    C("supply_chain","strengthen the global chip supply chain role","the Netherlands and South Korea will work together more closely on semiconductors, as both countries play a key role in the global chip supply chain"),
    C("other","set up a dialogue on economic security","They also agreed to set up a new dialogue on economic security between the two governments"),
    C("energy","discuss energy transition cooperation including hydrogen and offshore wind","discussed cooperation on the energy transition, including hydrogen and offshore wind, and on water management"),
    C("other","discuss water management cooperation","discussed cooperation on the energy transition, including hydrogen and offshore wind, and on water management")]),
])

# fv12 ca.pm planned only
t="""Prime Minister of Canada - News release
Prime Minister to travel to the Republic of Korea and Japan
May 12, 2023
Ottawa, Ontario

The Prime Minister, Justin Trudeau, today announced that he will travel to Seoul, Republic of Korea, from May 16 to 17, and then to Hiroshima, Japan, from May 18 to 21, to take part in the G7 Leaders' Summit.

This year marks the 60th anniversary of diplomatic relations between Canada and the Republic of Korea. In Seoul, the Prime Minister will meet with President Yoon Suk Yeol to discuss how the two countries can further strengthen cooperation on clean energy, critical minerals and electric vehicle battery supply chains, as well as on economic security and regional stability. He will also deliver an address to the National Assembly.

The visit follows President Yoon's visit to Ottawa last September, when the two leaders agreed to deepen cooperation on critical minerals and clean energy.

In Hiroshima, the Prime Minister will join G7 leaders and invited partners to discuss Russia's illegal war in Ukraine, food and energy security, and economic resilience. The summit is being hosted by Japanese Prime Minister Fumio Kishida.

Quote
"Canada and the Republic of Korea are close friends and partners in the Indo-Pacific. I look forward to building on our strong ties to create good jobs and a cleaner economy."

Quick Facts
Canada and the Republic of Korea established diplomatic relations in January 1963.
The Canada-Korea Free Trade Agreement entered into force on January 1, 2015.
"""
TRU=["Justin Trudeau","Trudeau"]
add("fv12","https://www.pm.gc.ca/en/news/news-releases/2023/05/12/prime-minister-travel-republic-korea-and-japan","Prime Minister to travel to the Republic of Korea and Japan",t,"2023-05-12","en","ca.pm",[
 E("dialogue",True,"meeting with President Yoon Suk Yeol",None,None,"leaders",None,"Seoul","KOR",["CAN","KOR"],
   [D(TRU,"CAN","Prime Minister",True),D(YOON,"KOR","President",True)],
   [C("energy","discuss clean energy cooperation","further strengthen cooperation on clean energy, critical minerals and electric vehicle battery supply chains"),
    C("critical_minerals","discuss critical minerals cooperation","further strengthen cooperation on clean energy, critical minerals and electric vehicle battery supply chains"),
    C("batteries","discuss EV battery supply chain cooperation","further strengthen cooperation on clean energy, critical minerals and electric vehicle battery supply chains"),
    C("other","discuss economic security and regional stability","as well as on economic security and regional stability")]),
 E("dialogue",True,"G7 Leaders' Summit","G7 Leaders' Summit",None,"leaders",None,"Hiroshima","JPN",["G7"],
   [D(TRU,"CAN","Prime Minister",False),D(["Fumio Kishida","Kishida"],"JPN","Prime Minister (host)",True)]),
 E("dialogue",True,"President Yoon's visit to Ottawa",None,None,"leaders",None,"Ottawa","CAN",["CAN","KOR"],
   [D(YOON,"KOR","President",True),D(TRU,"CAN","Prime Minister",True)],
   [C("critical_minerals","deepen cooperation on critical minerals","agreed to deepen cooperation on critical minerals and clean energy"),
    C("energy","deepen cooperation on clean energy","agreed to deepen cooperation on critical minerals and clean energy")]),
])

# fv13 mx.sre (English)
t="""Secretaría de Relaciones Exteriores - Government of Mexico
Press release (English version)
President Claudia Sheinbaum and President Donald Trump reach agreement in phone call
Mexico City, February 3, 2025

President Claudia Sheinbaum Pardo held a phone conversation this morning with the President of the United States, Donald J. Trump, in which both leaders reached a series of agreements, with respect for the sovereignty of both nations.

Under the agreements:
- Mexico will immediately reinforce its northern border with 10,000 elements of the National Guard to prevent drug trafficking from Mexico to the United States, in particular fentanyl.
- The United States commits to work to prevent the trafficking of high-powered weapons into Mexico.
- The tariffs announced by the United States on Mexican products are paused for one month as of today.

Both governments also agreed that their teams will begin working today on two tracks, security and trade. On the U.S. side, the talks will be led by Secretary of State Marco Rubio, Treasury Secretary Scott Bessent and Commerce Secretary Howard Lutnick, together with high-level representatives of Mexico.

President Sheinbaum described the call as "a good conversation with great respect for our relationship and sovereignty".

The Ministry of Foreign Affairs, headed by Secretary Juan Ramón de la Fuente, will coordinate with the Security Cabinet and the Ministry of Economy on the follow-up of these commitments. Secretary of Economy Marcelo Ebrard said the Mexican side was ready to start the trade discussions.

Background: on February 1, the U.S. government announced 25 percent tariffs on imports from Mexico and Canada, to take effect on February 4.
"""
add("fv13","https://www.gob.mx/sre/prensa/president-sheinbaum-and-president-trump-reach-agreement-in-phone-call","President Claudia Sheinbaum and President Donald Trump reach agreement in phone call",t,"2025-02-03","en","mx.sre",[
 E("dialogue",False,"phone conversation",None,None,"leaders","2025-02-03",None,None,["MEX","USA"],
   [D(["Claudia Sheinbaum Pardo","Claudia Sheinbaum","Sheinbaum"],"MEX","President",True),D(["Donald J. Trump","Donald Trump","Trump"],"USA","President",True)],
   [C("other","reinforce the northern border with 10,000 National Guard elements against drug trafficking","Mexico will immediately reinforce its northern border with 10,000 elements of the National Guard to prevent drug trafficking from Mexico to the United States"),
    C("other","work to prevent high-powered weapons trafficking into Mexico","The United States commits to work to prevent the trafficking of high-powered weapons into Mexico"),
    C("trade","pause tariffs on Mexican products for one month","The tariffs announced by the United States on Mexican products are paused for one month as of today"),
    C("trade","begin working on security and trade tracks","their teams will begin working today on two tracks, security and trade")]),
])

# fv14 br.itamaraty (English)
t="""Ministry of Foreign Affairs of Brazil - Press Note
State Visit of President Luiz Inácio Lula da Silva to the People's Republic of China - Beijing, April 14, 2023

President Luiz Inácio Lula da Silva was received today by the President of the People's Republic of China, Xi Jinping, at the Great Hall of the People in Beijing, for a meeting followed by an official dinner.

The two Presidents reviewed the Comprehensive Strategic Partnership between Brazil and China and agreed to expand cooperation in trade, investment, the green economy and science and technology. They decided to move forward with the joint development of the sixth satellite of the China-Brazil Earth Resources Satellite (CBERS) programme, and discussed the war in Ukraine and the reform of global governance. A joint statement was issued at the end of the visit.

After the meeting, 15 bilateral instruments were signed in the presence of the two leaders, covering areas such as trade facilitation, agriculture, research and innovation, communications, the digital economy and space cooperation.

Earlier in the day, President Lula met the Chairman of the Standing Committee of the National People's Congress, Zhao Leji, and the Premier of the State Council, Li Qiang.

On April 13, in Shanghai, President Lula attended the inauguration of former President Dilma Rousseff as President of the New Development Bank (NDB), the bank created by the BRICS countries.

The Brazilian delegation included Foreign Minister Mauro Vieira and several other ministers, governors and members of Congress. From Beijing, the President will travel to Abu Dhabi, United Arab Emirates.
"""
LULA=["Luiz Inácio Lula da Silva","Lula da Silva","Lula"]; XI=["Xi Jinping"]; VIEIRA=D(["Mauro Vieira"],"BRA","Foreign Minister",False)
add("fv14","https://www.gov.br/mre/en/contact-us/press-area/press-releases/state-visit-of-president-lula-to-china-beijing-april-14-2023","State Visit of President Lula to the People's Republic of China",t,"2023-04-14","en","br.itamaraty",[
 E("dialogue",False,"meeting with President Xi Jinping",None,None,"leaders","2023-04-14","Beijing","CHN",["BRA","CHN"],
   [D(LULA,"BRA","President",True),D(XI,"CHN","President",True),VIEIRA],
   [C("trade","expand trade cooperation","agreed to expand cooperation in trade, investment, the green economy and science and technology"),
    C("investment","expand investment cooperation","agreed to expand cooperation in trade, investment, the green economy and science and technology"),
    C("climate","expand green economy cooperation","agreed to expand cooperation in trade, investment, the green economy and science and technology"),
    C("emerging_tech","expand science and technology cooperation","agreed to expand cooperation in trade, investment, the green economy and science and technology"),
    C("space","jointly develop the sixth CBERS satellite","They decided to move forward with the joint development of the sixth satellite of the China-Brazil Earth Resources Satellite (CBERS) programme"),
    C("other","discuss the war in Ukraine and global governance reform","discussed the war in Ukraine and the reform of global governance")]),
 E("agreement",False,"15 bilateral instruments",None,None,"leaders","2023-04-14","Beijing","CHN",["BRA","CHN"],
   [D(LULA,"BRA","President",False),D(XI,"CHN","President",False)],
   [C("trade","sign trade facilitation instrument","covering areas such as trade facilitation, agriculture, research and innovation, communications, the digital economy and space cooperation"),
    C("emerging_tech","sign research and innovation instrument","covering areas such as trade facilitation, agriculture, research and innovation, communications, the digital economy and space cooperation"),
    C("digital","sign communications and digital economy instruments","covering areas such as trade facilitation, agriculture, research and innovation, communications, the digital economy and space cooperation"),
    C("space","sign space cooperation instrument","covering areas such as trade facilitation, agriculture, research and innovation, communications, the digital economy and space cooperation")]),
 E("dialogue",False,"meeting with Zhao Leji",None,None,"leaders","2023-04-14","Beijing","CHN",["BRA","CHN"],
   [D(LULA,"BRA","President",True),D(["Zhao Leji"],"CHN","Chairman of the NPC Standing Committee",True)]),
 E("dialogue",False,"meeting with Li Qiang",None,None,"leaders","2023-04-14","Beijing","CHN",["BRA","CHN"],
   [D(LULA,"BRA","President",True),D(["Li Qiang"],"CHN","Premier of the State Council",True)]),
 E("dialogue",True,"visit to Abu Dhabi",None,None,"leaders",None,"Abu Dhabi","ARE",["BRA","ARE"],[D(LULA,"BRA","President",True)]),
])

# fv15 asean.sec
t="""ASEAN Secretariat News
ASEAN and Australia mark 50 years of partnership at Special Summit in Melbourne
Melbourne, 6 March 2024

The ASEAN-Australia Special Summit to commemorate 50 years of ASEAN-Australia Dialogue Relations concluded today in Melbourne. The Leaders' Plenary Session was co-chaired by the Prime Minister of Australia, Anthony Albanese, and the Prime Minister of the Lao PDR, Sonexay Siphandone, in his capacity as ASEAN Chair for 2024.

The Secretary-General of ASEAN, Dr. Kao Kim Hourn, attended the Summit together with the Leaders of ASEAN Member States. Timor-Leste attended as an observer.

The Leaders adopted the Melbourne Declaration - A Partnership for the Future, which sets out a shared vision for the next 50 years of the partnership. Under the Declaration, the Leaders committed to:
- deepen economic integration, including through the effective implementation of the upgraded ASEAN-Australia-New Zealand Free Trade Area (AANZFTA);
- accelerate cooperation on the clean energy transition and climate resilience;
- enhance maritime cooperation, consistent with international law, in particular UNCLOS;
- strengthen cooperation on education, skills and people-to-people links.

The Leaders also welcomed Australia's Southeast Asia Economic Strategy to 2040 and its new investment initiatives for the region.

Australia was ASEAN's first Dialogue Partner in 1974. The Leaders recalled the first ASEAN-Australia Special Summit held in Sydney in March 2018 and the establishment of the ASEAN-Australia Comprehensive Strategic Partnership in October 2021.

On the margins of the Summit, the Leaders attended the ASEAN-Australia CEO Forum on 5 March.
"""
add("fv15","https://asean.org/asean-and-australia-mark-50-years-of-partnership-at-special-summit-in-melbourne/","ASEAN and Australia mark 50 years of partnership at Special Summit in Melbourne",t,"2024-03-06","en","asean.sec",[
 E("dialogue",False,"ASEAN-Australia Special Summit","ASEAN-Australia Special Summit",None,"leaders","2024-03-06","Melbourne","AUS",["AUS","ASEAN","LAO","TLS"],
   [D(["Anthony Albanese","Albanese"],"AUS","Prime Minister",True),
    D(["Sonexay Siphandone","Sonexay"],"LAO","Prime Minister, ASEAN Chair",True),
    D(["Kao Kim Hourn","Dr. Kao Kim Hourn"],"ASEAN","Secretary-General of ASEAN",False)],
   [C("trade","deepen economic integration including implementing upgraded AANZFTA","deepen economic integration, including through the effective implementation of the upgraded ASEAN-Australia-New Zealand Free Trade Area (AANZFTA)"),
    C("energy","accelerate clean energy transition cooperation","accelerate cooperation on the clean energy transition and climate resilience"),
    C("climate","accelerate climate resilience cooperation","accelerate cooperation on the clean energy transition and climate resilience"),
    C("maritime_security","enhance maritime cooperation consistent with UNCLOS","enhance maritime cooperation, consistent with international law, in particular UNCLOS"),
    C("other","strengthen education, skills and people-to-people links","strengthen cooperation on education, skills and people-to-people links"),
    C("investment","welcome Australia's Southeast Asia Economic Strategy to 2040 and investment initiatives","The Leaders also welcomed Australia's Southeast Asia Economic Strategy to 2040 and its new investment initiatives for the region")]),
 E("dialogue",True,"first ASEAN-Australia Special Summit","ASEAN-Australia Special Summit",1,"leaders",None,"Sydney","AUS",["AUS","ASEAN"]),
 E("launch",True,"ASEAN-Australia Comprehensive Strategic Partnership",None,None,None,None,None,None,["AUS","ASEAN"]),
 E("dialogue",False,"ASEAN-Australia CEO Forum",None,None,"leaders","2024-03-05","Melbourne","AUS",["AUS","ASEAN"]),
])

# fv16 wire.kyodo
t="""KYODO NEWS - May 27, 2024
Japan, China, S. Korea agree to make trilateral summits regular

SEOUL - The leaders of Japan, China and South Korea agreed Monday to hold their trilateral summit on a regular basis, as they met in Seoul for the first time in about four and a half years.

Prime Minister Fumio Kishida, Chinese Premier Li Qiang and South Korean President Yoon Suk Yeol adopted a joint declaration after the talks, the ninth such summit, pledging to cooperate in six areas including people-to-people exchanges, health and aging societies, and trade.

The three also agreed to continue discussions on accelerating negotiations for a trilateral free trade agreement, and to strengthen cooperation to keep supply chains stable. Japan will host the next summit.

On North Korea, the declaration said the leaders reaffirmed their positions on denuclearization and the abduction issue, reflecting differences between Beijing and the two U.S. allies.

On Sunday, Kishida held separate talks with Li, in which he called for the swift lifting of China's ban on Japanese seafood imports, and with Yoon, with whom he agreed to keep close communication ahead of next year's 60th anniversary of the normalization of bilateral ties. Yoon also met Li the same day.

The previous summit was held in Chengdu, China, in December 2019. The framework was suspended amid the coronavirus pandemic and tensions between Tokyo and Seoul.

The leaders also attended a business summit in the afternoon with executives from the three countries.
"""
add("fv16","https://english.kyodonews.net/news/2024/05/a1c7e4b2d9f3-japan-china-s-korea-agree-to-make-trilateral-summits-regular.html","Japan, China, S. Korea agree to make trilateral summits regular",t,"2024-05-27","en","wire.kyodo",[
 E("dialogue",False,"trilateral summit","Korea-Japan-China Trilateral Summit",9,"leaders","2024-05-27","Seoul","KOR",["JPN","CHN","KOR"],
   [D(KISHIDA,"JPN","Prime Minister",True),D(LIQ,"CHN","Premier",True),D(YOON,"KOR","President",True)],
   [C("other","hold the trilateral summit on a regular basis","agreed Monday to hold their trilateral summit on a regular basis"),
    C("other","cooperate on people-to-people exchanges","pledging to cooperate in six areas including people-to-people exchanges, health and aging societies, and trade"),
    C("health","cooperate on health and aging societies","pledging to cooperate in six areas including people-to-people exchanges, health and aging societies, and trade"),
    C("trade","cooperate on trade and continue discussions on accelerating trilateral FTA negotiations","continue discussions on accelerating negotiations for a trilateral free trade agreement"),
    C("supply_chain","strengthen cooperation to keep supply chains stable","strengthen cooperation to keep supply chains stable"),
    C("north_korea","reaffirm positions on denuclearization and the abduction issue","the leaders reaffirmed their positions on denuclearization and the abduction issue")]),
 E("dialogue",False,"Kishida-Li talks",None,None,"leaders","2024-05-26","Seoul","KOR",["JPN","CHN"],
   [D(KISHIDA,"JPN","Prime Minister",True),D(LIQ,"CHN","Premier",True)],
   [C("trade","call for swift lifting of China's ban on Japanese seafood imports","he called for the swift lifting of China's ban on Japanese seafood imports")]),
 E("dialogue",False,"Kishida-Yoon talks",None,None,"leaders","2024-05-26","Seoul","KOR",["JPN","KOR"],
   [D(KISHIDA,"JPN","Prime Minister",True),D(YOON,"KOR","President",True)],
   [C("other","keep close communication ahead of the 60th anniversary of normalization","agreed to keep close communication ahead of next year's 60th anniversary of the normalization of bilateral ties")]),
 E("dialogue",False,"Yoon-Li meeting",None,None,"leaders","2024-05-26","Seoul","KOR",["KOR","CHN"],
   [D(YOON,"KOR","President",True),D(LIQ,"CHN","Premier",True)]),
 E("dialogue",True,"next summit","Korea-Japan-China Trilateral Summit",None,"leaders",None,None,"JPN",["JPN","CHN","KOR"]),
 E("dialogue",True,"previous summit in Chengdu","Korea-Japan-China Trilateral Summit",None,"leaders",None,"Chengdu","CHN",["JPN","CHN","KOR"]),
 E("dialogue",False,"business summit",None,None,"leaders","2024-05-27","Seoul","KOR",["JPN","CHN","KOR"]),
])
