# ruff: noqa: E501 - page markup reads better unwrapped
"""Writes the offline sample site (the server replaces `{base}` in XML files with its own URL).

Run `python samples/site/_build.py` after editing the pages here.

The pages are written for Readout's tests and demo: real public events, our own sentences.
Some are stored as EUC-KR bytes on purpose (see _headers.json for what the server claims).
"""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent

KO_NAV = """<header class="gnb"><a href="/">정책브리핑 샘플</a><nav><ul><li><a href="/kr/press/list-1.html">보도자료</a></li>
<li><a href="/kr/press/list-1.html">브리핑룸</a></li><li><a href="/">정책자료</a></li><li><a href="/">기관소개</a></li></ul></nav>
<form class="search"><input name="q" placeholder="검색어를 입력하세요"><button>검색</button></form></header>"""
KO_FOOT = """<footer><p>샘플 사이트는 Readout 시험용입니다. 본 자료는 실제 기관의 공식 게시물이 아닙니다.</p>
<p>주소: 서울특별시 종로구 세종대로 | 대표전화 110 | 저작권 정책 | 개인정보처리방침</p></footer>"""
EN_NAV = """<header class="site"><a href="/">Readout Sample Newsroom</a><nav><ul><li><a href="/en/feed.xml">RSS</a></li>
<li><a href="/">Briefings</a></li><li><a href="/">Statements</a></li><li><a href="/">Contact</a></li></ul></nav></header>"""
EN_FOOT = """<footer><p>This sample newsroom exists for Readout's tests. It is not an official publication.</p>
<p>Privacy Policy | Accessibility | Subscribe to updates</p></footer>"""


def ko_page(title: str, head: str, dateline: str, paras: list[str], *, charset: str | None = "utf-8",
            extra_head: str = "") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="ko"><head>{meta}<title>{title} | 보도자료 | 샘플 정책브리핑</title>{extra_head}</head>
<body>{KO_NAV}
<main><div class="view">
<div class="view_title"><span class="cate">보도자료</span><h1>{head}</h1><p class="info">{dateline}</p></div>
<div class="view_cont">
{body}
</div>
<div class="related"><h2>관련 기사</h2><ul><li><a href="/kr/press/list-1.html">보도자료 목록</a></li></ul></div>
</div></main>
{KO_FOOT}</body></html>
"""


def en_page(title: str, dateline: str, paras: list[str], extra_head: str = "") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} - Sample Newsroom</title>{extra_head}</head>
<body>{EN_NAV}
<main><article>
<p class="kicker">Readouts</p><h1>{title}</h1><div class="meta">{dateline}</div>
<div class="body">
{body}
</div>
</article>
<aside><h2>Related</h2><ul><li><a href="/">More readouts</a></li></ul></aside></main>
{EN_FOOT}</body></html>
"""


def write(rel: str, text: str, encoding: str = "utf-8") -> None:
    path = ROOT / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))


# --- English releases (RSS feed) -------------------------------------------------------------
DIALOGUE_EN = [
    "Senior officials of the United States, Japan and the Republic of Korea met in San Diego, California, "
    "on June 5, 2024 for the fourth U.S.-Japan-ROK Economic Security Dialogue.",
    "Deputy National Security Advisor for International Economics Daleep Singh hosted the meeting. Deputy "
    "Director of the ROK National Security Office Wang Yun-jong led the Korean delegation, and a senior "
    "official of Japan's National Security Secretariat led the Japanese delegation.",
    "The three delegations reviewed progress since the Camp David summit of August 2023 and discussed "
    "cooperation on semiconductors, critical minerals, batteries, and emerging technologies such as "
    "artificial intelligence and quantum information science.",
    "They agreed to strengthen early warning systems for supply chain disruptions and to coordinate "
    "responses to economic coercion. The officials also exchanged views on protecting sensitive technologies "
    "and on the security of critical infrastructure.",
    "On the margins of the dialogue, the delegations joined partners at the BIO International Convention "
    "to discuss resilient biopharmaceutical supply chains. The three countries intend to hold the next "
    "round of the dialogue in the Republic of Korea.",
]
write("en/press/trilateral-dialogue-san-diego.html", en_page(
    "Readout of the Fourth U.S.-Japan-ROK Economic Security Dialogue",
    "June 5, 2024",
    DIALOGUE_EN,
    extra_head='<meta property="article:published_time" content="2024-06-05T21:10:00-04:00">'
               '<link rel="canonical" href="/en/press/trilateral-dialogue-san-diego.html">'))
# The same release, reposted under an archive URL without a canonical link: one document, not two.
write("en/archive/2024/dialogue-readout.html", en_page(
    "Readout of the Fourth U.S.-Japan-ROK Economic Security Dialogue",
    "June 5, 2024",
    DIALOGUE_EN,
    extra_head='<meta property="article:published_time" content="2024-06-05T21:10:00-04:00">'))

write("en/press/biopharma-coalition.html", en_page(
    "Partners Launch Biopharmaceutical Supply Chain Coalition in San Diego",
    "Media Note &middot; June 6, 2024 &middot; 10:45 a.m. EDT",
    [
        "The United States, India, Japan, the Republic of Korea and the European Union launched a "
        "coalition on biopharmaceutical supply chains at a meeting held alongside the BIO International "
        "Convention in San Diego on June 5, 2024.",
        "Government officials from the five partners met with industry representatives to map where "
        "production of essential medicines and their ingredients is concentrated, and where a single "
        "disruption could leave patients without treatment.",
        "The partners agreed to share information on supply chain vulnerabilities, to align their policies "
        "and incentives for investment in biomanufacturing, and to explore joint projects that diversify "
        "sources of active pharmaceutical ingredients.",
        "Officials said the coalition would meet again later in the year to review progress and to "
        "consider whether other like-minded partners should join.",
    ]))

write("en/press/korea-us-foreign-ministers.html", en_page(
    "Secretary Blinken's Meeting with Republic of Korea Foreign Minister Cho Tae-yul",
    "Readout &middot; Office of the Spokesperson",
    [
        "Secretary of State Antony J. Blinken met Republic of Korea Foreign Minister Cho Tae-yul in Seoul on "
        "March 18, 2024, on the margins of the third Summit for Democracy.",
        "The Secretary and the Foreign Minister reaffirmed the ironclad U.S.-ROK alliance and discussed "
        "close coordination on the threat posed by the DPRK's weapons programs, including its growing "
        "military cooperation with Russia.",
        "They welcomed progress in trilateral cooperation with Japan since the Camp David summit and "
        "discussed economic security, including supply chains for critical minerals and semiconductors.",
        "Secretary Blinken thanked the Republic of Korea for hosting the Summit for Democracy and for its "
        "leadership on democratic resilience and technology governance.",
    ],
    extra_head='<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
               ' "headline": "Secretary Blinken\'s Meeting with Foreign Minister Cho Tae-yul",'
               ' "datePublished": "2024-03-18T07:05:00-04:00"}</script>'))

write("en/press/critical-minerals-agreement.html", en_page(
    "United States and Japan Sign Critical Minerals Agreement",
    "Press Release &middot; <time datetime=\"2023-03-28\">March 28, 2023</time>",
    [
        "United States Trade Representative Katherine Tai and Japanese Ambassador to the United States "
        "Tomita Koji signed the U.S.-Japan Critical Minerals Agreement in Washington on March 28, 2023.",
        "The agreement covers the critical minerals essential to electric vehicle batteries: cobalt, "
        "graphite, lithium, manganese and nickel. It commits both countries to keep export duties off these "
        "minerals and to share information on the labour and environmental standards of their supply chains.",
        "The two governments said they would promote the adoption of best practices for sustainable mining "
        "and processing, and cooperate in reviewing investment in the sector by foreign entities.",
        "Officials described the agreement as a step toward more secure and diverse battery supply chains "
        "shared among trusted partners.",
    ]))

write("private/internal-draft.html", en_page(
    "Internal draft - not for crawling",
    "Draft",
    ["This page is disallowed by robots.txt. A polite crawler never fetches it, so if this text appears in "
     "the knowledge base, the robots rules were ignored."] * 3))

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Sample Newsroom - Readouts</title>
<link>{base}/</link>
<description>Readouts and media notes (sample)</description>
<item><title>Readout of the Fourth U.S.-Japan-ROK Economic Security Dialogue</title>
<link>{base}/en/press/trilateral-dialogue-san-diego.html?utm_source=rss&amp;utm_medium=feed</link>
<pubDate>Wed, 05 Jun 2024 21:10:00 -0400</pubDate></item>
<item><title>Partners Launch Biopharmaceutical Supply Chain Coalition in San Diego</title>
<link>{base}/en/press/biopharma-coalition.html</link>
<pubDate>Thu, 06 Jun 2024 10:45:00 -0400</pubDate></item>
<item><title>Readout (archive copy)</title>
<link>{base}/en/archive/2024/dialogue-readout.html</link>
<pubDate>Thu, 06 Jun 2024 09:00:00 -0400</pubDate></item>
<item><title>Secretary Blinken's Meeting with Foreign Minister Cho Tae-yul</title>
<link>{base}/en/press/korea-us-foreign-ministers.html#main</link>
<pubDate>Mon, 18 Mar 2024 07:05:00 -0400</pubDate></item>
<item><title>Internal draft</title>
<link>{base}/private/internal-draft.html</link>
<pubDate>Mon, 18 Mar 2024 07:05:00 -0400</pubDate></item>
<item><title>United States and Japan Sign Critical Minerals Agreement</title>
<link>{base}/en/press/critical-minerals-agreement.html</link>
<pubDate>Tue, 28 Mar 2023 16:00:00 -0400</pubDate></item>
</channel>
</rss>
"""
write("en/feed.xml", FEED)

# --- Korean releases (sitemap and paginated listing) -------------------------------------------
KO_PAGES: dict[str, tuple[str, str, str, list[str], str | None, str]] = {
    # file: (title, heading, dateline, paragraphs, meta charset, body encoding)
    "20240606-economic-security-dialogue.html": (
        "제4차 한미일 경제안보대화 개최", "한미일, 샌디에고에서 제4차 경제안보대화 개최",
        "입력 2024.06.06 09:30 | 국가안보실",
        ["한국, 미국, 일본 3국은 5일(현지시간) 미국 캘리포니아주 샌디에고에서 제4차 한미일 경제안보대화를 개최했다.",
         "우리 측에서는 왕윤종 국가안보실 제3차장이, 미국 측에서는 달립 싱 국가안보부보좌관(국제경제 담당)이 "
         "수석대표로 참석했으며, 일본 측에서는 국가안전보장국 고위 관계자가 대표단을 이끌었다.",
         "3국은 지난해 8월 캠프 데이비드 정상회의 이후 이어진 협력 성과를 점검하고, 반도체와 핵심광물, 배터리 "
         "공급망, 인공지능과 양자 등 신흥기술 분야에서의 협력 방안을 폭넓게 논의했다.",
         "3국은 공급망 교란에 대비한 조기경보시스템 연계를 강화하고, 경제적 강압에 공동으로 대응해 나가기로 "
         "했다. 아울러 핵심기술 보호와 핵심기반시설 보안 협력도 계속하기로 했다.",
         "정부는 다음 경제안보대화를 한국에서 개최하는 방안을 미일 측과 협의해 나갈 예정이라고 밝혔다."],
        "utf-8", "utf-8"),
    "20240318-foreign-ministers.html": (
        "한미 외교장관회담 결과", "조태열 장관, 블링컨 미 국무장관과 외교장관회담 개최",
        "등록일 2024-03-18 | 담당부서 북미국",
        ["조태열 외교부 장관은 3월 18일 서울에서 제3차 민주주의 정상회의 참석차 방한한 토니 블링컨 미국 "
         "국무장관과 한미 외교장관회담을 개최했다.",
         "양 장관은 한미동맹이 그 어느 때보다 굳건하다는 데 공감하고, 북한의 핵·미사일 위협과 북러 군사협력에 "
         "대한 긴밀한 공조를 이어가기로 했다.",
         "양 장관은 또한 핵심광물과 반도체 공급망 등 경제안보 분야 협력을 강화하고, 한미일 3국 협력의 "
         "제도화를 위해 함께 노력해 나가기로 했다.",
         "블링컨 장관은 한국 정부가 민주주의 정상회의를 성공적으로 주최한 데 대해 사의를 표했다."],
        "utf-8", "utf-8"),
    "20230425-mou.html": (
        "한미 첨단산업·청정에너지 파트너십 양해각서 체결", "한미, 첨단산업·청정에너지 분야 양해각서 체결",
        "2023년 4월 25일 (화) 오후 3시 | 산업통상자원부",
        ["산업통상자원부는 대통령의 미국 국빈방문을 계기로 4월 25일(현지시간) 워싱턴 D.C.에서 "
         "한미 첨단산업·청정에너지 파트너십 행사를 개최했다.",
         "이날 행사에서 양국 기업과 기관은 반도체, 배터리, 청정에너지, 바이오 분야에서 공동연구와 투자, "
         "인력 교류를 위한 양해각서(MOU)를 체결했다.",
         "정부는 이번 양해각서가 양국 간 공급망 협력을 실질적인 투자와 기술 협력으로 연결하는 계기가 될 "
         "것으로 기대한다고 밝혔다.",
         "산업부는 체결된 양해각서의 후속 조치를 점검하기 위해 관계 기관과 정기적으로 협의해 나갈 계획이다."],
        "utf-8", "utf-8"),
    # EUC-KR bytes, declared only in <meta>; the server sends no charset.
    "20230819-camp-david-euckr.html": (
        "한미일 정상회의 개최 결과", "한미일 정상, 캠프 데이비드에서 첫 단독 정상회의",
        "기사입력 2023.08.19 06:10 | 대변인실",
        ["한미일 3국 정상은 18일(현지시간) 미국 메릴랜드주 캠프 데이비드에서 첫 단독 정상회의를 개최했다.",
         "3국 정상은 정상회의를 매년 개최하기로 하고, 외교·국방·산업 장관과 국가안보실장 간 협의도 정례화하기로 했다.",
         "정상들은 공급망 조기경보시스템 시범사업을 출범하고, 핵심광물과 반도체, 배터리 분야의 공급망 협력을 "
         "강화하기로 했다.",
         "또한 북한의 핵·미사일 위협에 공동 대응하기 위해 미사일 경보정보를 실시간으로 공유하기로 합의했다."],
        "euc-kr", "euc-kr"),
    # EUC-KR bytes with <meta charset=euc-kr>, but the HTTP header claims UTF-8: the header lies.
    "20230317-japan-rok-summit-lying-header.html": (
        "한일 정상회담 개최", "한일 정상, 도쿄에서 정상회담…셔틀외교 복원",
        "등록 2023-03-17 08:00 | 대변인실",
        ["윤석열 대통령과 기시다 후미오 일본 총리는 16일 도쿄에서 한일 정상회담을 개최했다.",
         "양 정상은 정상 간 셔틀외교를 복원하고, 경제안보 협의체를 새로 출범시키는 등 양국 관계를 정상화하기로 했다.",
         "양 정상은 반도체 소재 수출규제 문제 해결을 환영하고, 공급망과 첨단기술 분야의 협력을 확대해 나가기로 했다.",
         "정부는 이번 회담이 미래지향적인 한일 관계를 여는 출발점이 될 것이라고 밝혔다."],
        "euc-kr", "euc-kr"),
    # EUC-KR bytes with no declaration at all, neither in the header nor in the page.
    "20240606-biopharma-no-declaration.html": (
        "바이오 공급망 연합 출범", "한미일·인도·EU, 바이오의약품 공급망 연합 출범",
        "작성일 2024년 6월 6일 | 산업통상자원부",
        ["한국, 미국, 일본, 인도, 유럽연합은 5일(현지시간) 미국 샌디에고에서 열린 바이오 국제 컨벤션을 계기로 "
         "바이오의약품 공급망 연합을 출범했다.",
         "참여국은 필수의약품과 원료의약품 생산이 특정 지역에 집중된 현황을 함께 점검하고, 공급망 취약점에 대한 "
         "정보를 공유하기로 했다.",
         "또한 바이오 생산설비 투자를 위한 정책과 지원 제도를 조율하고, 원료의약품 공급원 다변화를 위한 공동 "
         "사업을 모색하기로 했다.",
         "정부는 올해 하반기 열릴 후속 회의에서 구체적인 협력 사업을 논의할 계획이라고 밝혔다."],
        None, "euc-kr"),
    # UTF-8 bytes, but the HTTP header claims ISO-8859-1: read naively, this is mojibake.
    "20230329-critical-minerals-mojibake.html": (
        "미일 핵심광물협정 서명 관련", "미일 핵심광물협정 서명…한국 정부 \"공급망 협력 주시\"",
        "입력 2023.03.29 10:20",
        ["미국과 일본은 28일(현지시간) 워싱턴에서 전기차 배터리용 핵심광물에 관한 협정에 서명했다.",
         "협정은 코발트, 흑연, 리튬, 망간, 니켈 등 배터리 핵심광물의 수출관세를 부과하지 않고, 공급망의 노동과 "
         "환경 기준에 관한 정보를 공유하는 내용을 담았다.",
         "정부는 핵심광물 공급망 협력 동향을 면밀히 살피고, 우리 기업에 미칠 영향을 분석해 대응해 나가겠다고 밝혔다.",
         "산업부 관계자는 미국 측과 핵심광물 분야 협력 방안을 지속적으로 협의하고 있다고 말했다."],
        "utf-8", "utf-8"),
}
for name, (title, head, dateline, paras, charset, encoding) in KO_PAGES.items():
    write(f"kr/press/{name}", ko_page(title, head, dateline, paras, charset=charset), encoding)

LISTING_PAGES = [list(KO_PAGES)[i:i + 3] for i in range(0, len(KO_PAGES), 3)]
for n, names in enumerate(LISTING_PAGES, start=1):
    items = "\n".join(f'<li><a href="/kr/press/{x}">{KO_PAGES[x][1]}</a> <span class="date">{x[:8]}</span></li>'
                      for x in names)
    nav = f'<div class="paging"><a class="prev" href="/kr/press/list-{n - 1}.html">이전</a>' if n > 1 else \
        '<div class="paging">'
    nav += "".join(f' <a href="/kr/press/list-{i}.html">{i}</a>' for i in range(1, len(LISTING_PAGES) + 1))
    nav += f' <a class="next" href="/kr/press/list-{n + 1}.html">다음</a></div>' if n < len(LISTING_PAGES) else "</div>"
    write(f"kr/press/list-{n}.html", f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>보도자료 목록 {n} | 샘플 정책브리핑</title></head><body>{KO_NAV}
<main><h1>보도자료</h1><ul class="board_list">
{items}
</ul>{nav}</main>{KO_FOOT}</body></html>
""")

URLSET = "\n".join(f"<url><loc>{{base}}/kr/press/{x}</loc><lastmod>{x[:4]}-{x[4:6]}-{x[6:8]}</lastmod></url>" for x in KO_PAGES)
write("kr/sitemap.xml", """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{base}/kr/sitemap-press.xml</loc></sitemap>
</sitemapindex>
""")
write("kr/sitemap-press.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{URLSET}
</urlset>
""")

# --- Japan (news sitemap) ------------------------------------------------------------------------
write("jp/press/japan-rok-summit.html", en_page(
    "Japan-ROK Summit Meeting",
    "Ministry of Foreign Affairs (sample) &middot; Released 令和5年3月16日",
    [
        "On March 16, 2023, Prime Minister Kishida Fumio held a summit meeting with President Yoon Suk Yeol "
        "of the Republic of Korea, who was visiting Japan, at the Prime Minister's Office in Tokyo.",
        "The two leaders agreed to resume reciprocal visits by the leaders of both countries, often called "
        "shuttle diplomacy, and to revitalise dialogue between their governments in a wide range of fields.",
        "The leaders welcomed the launch of a new Japan-ROK economic security consultation and agreed to "
        "cooperate on supply chains, advanced technologies and responses to economic coercion.",
        "They also confirmed close coordination among Japan, the Republic of Korea and the United States "
        "in responding to North Korea's nuclear and missile development.",
    ]))
write("jp/press/reiwa-dialogue-note.html", en_page(
    "Fourth Japan-U.S.-ROK Economic Security Dialogue",
    "Press Release &middot; Released 令和6年6月6日",
    [
        "The fourth Japan-U.S.-ROK Economic Security Dialogue was held in San Diego, the United States, on "
        "June 5, 2024 (local time), with senior officials of the three governments taking part.",
        "The three countries discussed supply chain resilience, including early warning of disruptions, "
        "cooperation on critical and emerging technologies, and responses to economic coercion.",
        "Japan intends to continue working closely with the United States and the Republic of Korea to "
        "strengthen economic security cooperation among the three countries.",
    ]))
write("jp/news-sitemap.xml", """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>{base}/jp/press/japan-rok-summit.html</loc>
<news:news><news:publication><news:name>Sample MOFA</news:name><news:language>en</news:language></news:publication>
<news:publication_date>2023-03-16T19:30:00+09:00</news:publication_date><news:title>Japan-ROK Summit Meeting</news:title></news:news></url>
<url><loc>{base}/jp/press/reiwa-dialogue-note.html</loc>
<news:news><news:publication><news:name>Sample MOFA</news:name><news:language>en</news:language></news:publication>
<news:title>Fourth Japan-U.S.-ROK Economic Security Dialogue</news:title></news:news></url>
</urlset>
""")

# --- Hazards: a good page among pages a crawler must drop ---------------------------------------
write("hazards/index.html", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Hazards</title></head>
<body><h1>Downloads</h1><ul>
<li><a href="/hazards/big.html">A 100 MiB page</a></li>
<li><a href="/hazards/big-stream.html">A 100 MiB page without Content-Length</a></li>
<li><a href="/hazards/bomb.html">A gzip bomb</a></li>
<li><a href="/hazards/missing.html">A page that is gone</a></li>
<li><a href="/en/press/critical-minerals-agreement.html">A good page after the bad ones</a></li>
</ul></body></html>
""")

write("index.html", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Readout sample site</title></head>
<body><h1>Readout sample site</h1><ul>
<li><a href="/en/feed.xml">English readouts (RSS)</a></li>
<li><a href="/kr/sitemap.xml">Korean releases (sitemap)</a></li>
<li><a href="/kr/press/list-1.html">Korean releases (listing)</a></li>
<li><a href="/jp/news-sitemap.xml">Japan (news sitemap)</a></li>
<li><a href="/trap/page/1">Archive (pagination trap)</a></li>
<li><a href="/endless/page/1">Endless archive</a></li>
<li><a href="/hazards/index.html">Hazards</a></li>
</ul></body></html>
""")

write("robots.txt", """# Sample site robots rules: the crawler must skip /private/ and wait between requests.
User-agent: *
Disallow: /private/
Crawl-delay: 1
""")

HEADERS = {
    "/kr/press/20230819-camp-david-euckr.html": {"Content-Type": "text/html"},
    "/kr/press/20230317-japan-rok-summit-lying-header.html": {"Content-Type": "text/html; charset=utf-8"},
    "/kr/press/20240606-biopharma-no-declaration.html": {"Content-Type": "text/html"},
    "/kr/press/20230329-critical-minerals-mojibake.html": {"Content-Type": "text/html; charset=iso-8859-1"},
}
(ROOT / "_headers.json").write_text(json.dumps(HEADERS, indent=2) + "\n")

# --- A site that moved to client-side rendering: pages with no text, which must mark the source unhealthy.
for n in range(1, 5):
    write(f"spa/article-{n}.html", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Newsroom</title>
<script src="/spa/app.js" defer></script></head><body><div id="app" data-article="{n}"></div>
<noscript>Please enable JavaScript to read this release.</noscript></body></html>
""")
write("spa/index.html", "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Newsroom</title></head><body><ul>"
      + "".join(f'<li><a href="/spa/article-{n}.html">Release {n}</a></li>' for n in range(1, 5)) + "</ul></body></html>\n")
