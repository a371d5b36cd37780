"""Korean personal names in the form English releases use: `박정훈` -> `Park Jung-hoon`."""
from __future__ import annotations

_INITIAL = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_MEDIAL = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
           "yu", "eu", "ui", "i"]
_FINAL = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
          "ng", "t", "t", "k", "t", "p", "t"]
# Conventional spellings of surnames and of common name syllables (official English releases).
SURNAMES = {
    "김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang", "조": "Cho", "윤": "Yoon",
    "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin", "권": "Kwon", "황": "Hwang",
    "안": "Ahn", "송": "Song", "류": "Ryu", "유": "Yoo", "홍": "Hong", "전": "Jeon", "고": "Ko", "문": "Moon",
    "양": "Yang", "손": "Son", "배": "Bae", "백": "Baek", "허": "Heo", "남": "Nam", "심": "Shim", "노": "Noh",
    "하": "Ha", "곽": "Kwak", "성": "Sung", "차": "Cha", "주": "Joo", "우": "Woo", "구": "Koo", "민": "Min",
    "진": "Jin", "나": "Na", "지": "Ji", "엄": "Um", "채": "Chae", "원": "Won", "천": "Chun", "방": "Bang",
    "공": "Kong", "현": "Hyun", "함": "Ham", "변": "Byun", "염": "Yeom", "여": "Yeo", "추": "Choo", "도": "Do",
    "석": "Seok", "선": "Sun", "설": "Seol", "마": "Ma", "길": "Gil", "연": "Yeon", "위": "Wi", "표": "Pyo",
    "명": "Myung", "기": "Ki", "반": "Ban", "왕": "Wang", "금": "Keum", "옥": "Ok", "육": "Yook", "인": "In",
    "맹": "Maeng", "제": "Je", "모": "Mo", "탁": "Tak", "국": "Kook", "은": "Eun", "편": "Pyun", "용": "Yong",
    "황보": "Hwangbo", "남궁": "Namgoong", "제갈": "Jegal", "선우": "Sunwoo", "독고": "Dokgo",
}
SYLLABLES = {
    "현": "hyun", "연": "yeon", "석": "seok", "은": "eun", "정": "jung", "성": "sung", "영": "young", "준": "joon",
    "우": "woo", "욱": "wook", "수": "soo", "주": "joo", "구": "koo", "순": "soon", "혁": "hyuk", "선": "sun",
    "용": "yong", "종": "jong", "철": "chul", "훈": "hoon", "희": "hee", "근": "geun", "동": "dong",
    "경": "kyung", "원": "won", "열": "yeol", "태": "tae", "진": "jin", "윤": "yun", "민": "min", "호": "ho",
}


def _syllable(ch: str) -> str:
    code = ord(ch) - 0xAC00
    if not 0 <= code < 11172:
        return ch
    i, rest = divmod(code, 588)
    m, f = divmod(rest, 28)
    return _INITIAL[i] + _MEDIAL[m] + _FINAL[f]


def romanize_name(name: str) -> str | None:
    """`박정훈` -> `Park Jung-hoon`; None unless it is a 2-4 syllable Korean name."""
    name = name.strip()
    if not 2 <= len(name) <= 4 or not all("\uac00" <= c <= "\ud7a3" for c in name):
        return None
    sur_len = 2 if len(name) == 4 and name[:2] in SURNAMES else 1
    sur, given = name[:sur_len], name[sur_len:]
    family = SURNAMES.get(sur) or "".join(_syllable(c) for c in sur).capitalize()
    parts = [SYLLABLES.get(c) or _syllable(c) for c in given]
    return f"{family} {'-'.join(parts).capitalize()}"
