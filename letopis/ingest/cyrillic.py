"""How Russian a decoded text looks: tells cp1251 from koi8-r, even for short texts.

Both encodings map the same 66 letters onto different bytes, so the wrong one still
yields Cyrillic letters, but in the wrong case pattern ("мОСКВА") and in letter pairs
Russian rarely uses. A reading is scored by the mean log-frequency of its letter pairs,
less penalties for broken case and for symbols that are not Russian letters.
"""

from __future__ import annotations

import math
import operator
import re
from collections import Counter
from dataclasses import dataclass
from itertools import islice

# Letter-pair counts over the Russian word forms of a news vocabulary (one count per
# word form; "_" marks a word boundary). The 600 commonest pairs; rarer ones score as
# _FLOOR_COUNT.
_PAIR_COUNTS = """
_п:32728 ов:30341 но:25821 ра:25430 ро:25216 ст:24655 ко:24535 а_:23953 ен:23868 ан:22596
ва:22161 и_:21367 _с:21271 е_:21060 м_:20343 й_:20301 ер:19838 ни:19108 ск:18876 ре:18850
я_:18550 на:18245 ал:17989 ны:17083 пр:16617 ли:16252 по:16216 ом:16203 ин:15937 _к:15824
ор:15568 ка:15404 ос:15317 о_:14952 го:14667 ат:14621 _в:14235 _о:14034 ри:13674 те:13524
та:13466 не:13167 то:12863 во:12835 ле:12780 нн:12728 _н:12652 ар:12646 ла:12527 ми:12525
он:12514 ти:12482 ль:12375 ел:12356 ки:12104 _р:11849 ол:11719 ло:11691 _м:11615 ес:11365
ог:11346 ет:10951 ь_:10913 ит:10812 х_:10660 од:10551 _б:10475 тр:10393 за:10276 ав:10169
ис:10017 _д:9987 ве:9915 ам:9915 ой:9851 ас:9695 у_:9657 от:9557 ма:9457 в_:9415
ил:8917 де:8913 ив:8788 _а:8774 ир:8736 ев:8667 ме:8638 _з:8487 до:8476 ся:8458
об:8357 ик:8237 т_:8206 ем:8190 _т:8148 _г:8046 ть:7830 им:7766 ед:7666 со:7651
че:7558 ви:7484 мо:7325 пе:7152 да:7063 ю_:6995 ы_:6929 _у:6905 ру:6806 ие:6797
ди:6767 вы:6757 _и:6431 н_:6404 аз:6294 ая:6269 ьн:6238 ым:6224 ад:6002 ку:5888
ич:5880 нт:5879 оп:5814 ий:5776 ок:5682 нс:5634 ей:5553 са:5522 _л:5515 па:5501
ак:5429 га:5424 из:5402 ци:5377 бо:5299 ую:5269 ну:5247 си:5232 сп:5219 бе:5183
ых:5103 тв:5076 кр:5036 се:5021 ши:4946 ек:4939 ия:4878 ое:4767 ба:4735 тс:4716
тн:4624 ые:4559 ше:4312 ур:4262 му:4261 гр:4259 чи:4221 оз:4216 аю:4184 сь:4082
ый:4053 л_:3988 ус:3973 рн:3946 ля:3936 ае:3880 ту:3857 щи:3788 _ф:3786 пи:3781
сл:3771 аб:3766 вш:3760 ах:3752 же:3731 к_:3723 ющ:3720 бр:3668 ул:3651 их:3649
сс:3532 би:3522 ег:3512 ио:3465 ще:3408 чн:3405 вс:3403 ча:3341 хо:3339 дн:3305
ьс:3288 ут:3284 рт:3235 ез:3211 ги:3209 оч:3196 _х:3184 вл:3167 ке:3158 нк:3139
нд:3137 аг:3133 вн:3097 зо:3085 жи:3079 ыв:3077 пл:3059 _э:3029 су:3024 еп:3011
ид:2983 _ш:2961 ют:2959 рс:2956 ап:2955 ты:2946 ож:2926 це:2880 уд:2858 ай:2837
кт:2835 ят:2830 жа:2813 р_:2790 ры:2785 сн:2738 зи:2735 ии:2727 кл:2709 лу:2675
ац:2665 бл:2661 ду:2627 иц:2534 фи:2507 зн:2497 ха:2483 уп:2474 _ч:2465 с_:2415
йс:2401 ша:2382 ву:2301 ач:2296 ук:2285 иг:2238 ня:2215 ге:2183 пу:2157 бу:2149
зв:2134 иа:2104 мы:2091 ум:2079 еч:2063 ян:2056 аж:2026 тк:2020 кс:2015 др:2014
ун:1991 уб:1969 лю:1967 еж:1952 рг:1947 лл:1933 фо:1901 рк:1875 рм:1830 ря:1807
гу:1807 ию:1796 нг:1788 св:1765 уч:1760 ям:1744 гл:1723 зе:1641 дс:1640 см:1619
жн:1603 аш:1601 рд:1597 зд:1579 еб:1576 ео:1567 уж:1560 ои:1529 _ж:1528 мн:1523
вк:1516 ее:1515 уш:1511 ца:1496 вр:1482 дв:1465 нц:1463 жд:1441 ох:1437 лс:1434
еш:1433 дж:1425 фе:1408 ща:1376 йн:1367 ыс:1331 фа:1330 ех:1324 ип:1321 мп:1291
_ц:1290 уе:1286 д_:1258 хи:1257 _е:1241 иб:1236 уг:1233 ец:1207 оо:1202 аф:1200
зм:1198 ье:1144 лк:1138 мс:1134 ош:1134 бн:1133 ды:1122 тя:1118 рж:1118 зы:1114
оф:1110 нь:1094 _я:1092 лы:1086 рв:1081 ув:1067 шк:1057 зр:1053 ау:1052 ял:1051
оя:1045 вт:1041 бы:1040 сы:1039 эк:1032 уз:1022 зу:1007 аи:991 чк:939 вя:933
ащ:923 ух:912 ыт:908 яв:906 ью:897 иф:894 гн:893 дк:884 оц:870 чу:863
ья:855 иш:854 ущ:849 ях:848 яю:844 эл:843 кв:833 яс:825 рб:816 ыш:813
г_:808 ящ:807 мб:803 ц_:800 яе:800 лн:800 яз:794 ч_:792 иж:790 рр:774
еф:769 зл:765 оу:760 ыл:759 тл:759 ыр:745 зб:741 фр:736 ср:735 ещ:732
дл:730 уа:728 мм:717 эн:710 цы:703 _ю:695 еа:692 вз:692 тт:687 шн:683
рь:682 хр:680 йт:663 ьт:659 рш:658 цк:655 шу:641 нч:632 яд:628 сч:627
йк:621 дя:619 ьк:612 як:612 йд:608 рх:607 рл:604 бс:601 кц:591 з_:588
шт:582 рп:572 ып:572 жу:570 хн:568 ищ:568 дп:566 зг:565 сб:546 кн:546
тч:543 яр:540 ык:538 пт:535 юч:532 ъе:527 ху:523 ощ:516 нф:514 еу:512
юс:510 пы:507 ын:507 хе:503 ьм:500 ыб:494 мл:492 п_:486 сх:481 оа:473
еи:470 эт:467 дз:463 хс:457 мк:454 кк:443 шл:441 эр:437 пп:436 цо:432
шо:430 ыг:428 пн:422 яж:422 лт:421 юр:421 фт:421 мя:420 фу:419 щу:419
ыд:412 бщ:409 пя:406 пс:402 нв:400 юб:399 ея:399 бъ:395 жк:391 тм:388
йш:386 б_:383 жо:383 зк:380 фл:377 цу:376 хл:371 яг:369 хв:367 йм:365
рц:362 лд:350 сф:348 уи:346 дш:344 юк:341 йл:339 рч:338 зя:337 юд:335
нз:330 сд:329 лг:327 ш_:326 сц:325 дм:322 шь:321 тд:321 эм:321 дд:318
тб:317 фф:316 вд:315 сш:315 тю:314 эс:314 хм:313 тп:313 ён:313 ьц:312
вм:311 яч:310 йо:309 ъя:309 пк:309 ыч:307 ню:306 иу:306 йц:302 дц:298
дч:293 рю:288 ф_:287 оэ:283 бк:282 ьш:282 ёт:281 эй:276 лж:274 юн:274
вц:271 уэ:270 нб:269 ьд:268 хт:266 дт:263 ьз:258 рз:257 _й:257 чт:254
шв:247 ою:244 рф:239 дь:234 юз:228 гс:227 яя:224 сг:223 яц:221 уя:220
ж_:217 _щ:215 зж:214 ьо:212 аэ:212 вв:210 ьб:210 жс:210 чь:210 вп:210
лё:207 ао:205 гв:201 юм:200 щн:198 уф:194 ыз:193 бю:192 эп:190 уй:188
аа:187 вь:187 йе:185 яб:183 лм:182 ьи:182 бв:181 рэ:181 ею:179 дг:177
гк:176 ыж:176 вч:175 нш:175 уц:173 ьг:171 нр:171 ьв:171 бя:169 вщ:169
"""
_FLOOR_COUNT = 20


def _pair_log_probs() -> tuple[dict[str, float], float]:
    counts = {}
    for item in _PAIR_COUNTS.split():
        pair, count = item.split(":")
        counts[pair.replace("_", " ")] = int(count)
    total = sum(counts.values())
    return {pair: math.log(count / total) for pair, count in counts.items()}, math.log(_FLOOR_COUNT / total)


_LOG_PROB, _FLOOR = _pair_log_probs()

_WORD = re.compile(r"[а-яёА-ЯЁ]+")
_UPPER = re.compile(r"[А-ЯЁ]")
# where a word's case is neither lower, Capitalised nor UPPER: "мОСКВА", "МОсква"
_BROKEN_CASE = re.compile(r"[а-яё][А-ЯЁ]|[А-ЯЁ]{2}[а-яё]")
# non-ASCII characters that are neither Russian letters nor everyday typography
_ODD = re.compile(r"[^\x00-\x7fа-яёА-ЯЁ«»„“”‘’—–…№\xa0°©®·•€]")
# a Latin letter touching a Cyrillic one: Western text read as Cyrillic ("Mдdchen")
_MIXED = re.compile(r"[A-Za-z][а-яёА-ЯЁ]|[а-яёА-ЯЁ][A-Za-z]")

# Penalties, in units of mean log-probability per letter pair. Upper-case letters after the
# first of a word are few in real text and most in the wrong reading; all-caps text pays for
# them too, and its letter pairs make up for it once it is a few words long.
_COST_BROKEN_CASE = 4.0    # per word
_COST_INNER_UPPER = 1.0    # times their share of such letters
_COST_ODD_SYMBOL = 3.0     # per word
_COST_MIXED_SCRIPT = 3.0   # per word

# the two code pages Russian text is written in, the commoner first
RUSSIAN_CODECS = ("cp1251", "koi8-r")

# how much of a text is scored: HTML may have a long head before its first Russian word
SAMPLE_CHARS = 200_000
# words enough to decide
_SAMPLE_WORDS = 500


@dataclass(frozen=True, slots=True)
class Reading:
    codec: str
    score: float
    plausible: bool   # looks like Russian text at all, not Western text read as Cyrillic


def russian_score(text: str) -> tuple[float, bool]:
    """Score a decoded text (higher is more Russian) and say whether it is plausibly Russian."""
    matches = list(islice(_WORD.finditer(text, 0, SAMPLE_CHARS), _SAMPLE_WORDS))
    if not matches:
        return -math.inf, False
    words = [match.group() for match in matches]
    sample = text[: matches[-1].end()]
    # the letter pairs of words joined by single spaces are those of each word padded with spaces;
    # the counts come from text that mostly writes "е" for "ё"
    joined = f" {' '.join(words)} "
    lowered = joined.lower().replace("ё", "е")
    pairs = Counter(map(operator.add, lowered, lowered[1:]))
    log_prob = sum(count * _LOG_PROB.get(pair, _FLOOR) for pair, count in pairs.items())
    n_pairs = len(lowered) - 1
    inner_letters = len(joined) - 1 - 2 * len(words)
    inner_upper = len(_UPPER.findall(joined)) - sum(1 for word in words if word[0].isupper())
    broken_share = min(1.0, len(_BROKEN_CASE.findall(joined)) / len(words))
    odd_share = min(1.0, len(_ODD.findall(sample)) / len(words))
    mixed_share = min(1.0, len(_MIXED.findall(sample)) / len(words))
    score = (log_prob / n_pairs - _COST_BROKEN_CASE * broken_share
             - _COST_INNER_UPPER * inner_upper / max(1, inner_letters)
             - _COST_ODD_SYMBOL * odd_share - _COST_MIXED_SCRIPT * mixed_share)
    plausible = odd_share < 0.2 and mixed_share < 0.2 and broken_share < 0.3
    return score, plausible


def readings(data: bytes, codecs: tuple[str, ...] = RUSSIAN_CODECS) -> list[Reading]:
    """``data`` read in each of ``codecs``, scored."""
    return [Reading(codec, *russian_score(data[:SAMPLE_CHARS].decode(codec, errors="replace")))
            for codec in codecs]


def best_reading(data: bytes, codecs: tuple[str, ...] = RUSSIAN_CODECS) -> Reading:
    """The codec under which ``data`` reads most like Russian; on a tie the first one wins."""
    return max(readings(data, codecs), key=lambda reading: reading.score)
