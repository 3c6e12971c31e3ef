"""Property tests: every supported encoding round-trips, and no input makes a reader raise."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from letopis.ingest import IngestError, decode, normalise_text, read_bytes
from letopis.records import RawDocument

LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
# punctuation every supported encoding has (koi8-r has no «», — or №)
PUNCTUATION = ".,:;!?-()\"'"
UNICODE_PUNCTUATION = PUNCTUATION + "«»—–…№"

# Everyday words. Single-byte Russian text is tested as text made of words: a string of
# random letters reads as a different string of random letters in the other code page,
# so no detector can tell which one it was written in.
WORDS = (
    "и", "в", "не", "на", "что", "он", "с", "как", "это", "по", "но", "они", "к", "у", "мы", "вы", "из",
    "за", "от", "же", "о", "так", "все", "она", "для", "был", "бы", "год", "день", "время", "человек",
    "дело", "жизнь", "работа", "слово", "место", "мир", "вопрос", "страна", "город", "сторона",
    "отношения", "встреча", "визит", "переговоры", "министр", "президент", "правительство", "договор",
    "соглашение", "заявил", "сообщил", "обсудили", "провели", "подписали", "прибыл", "новый", "большой",
    "последний", "главный", "международный", "официальный", "сегодня", "вчера", "также", "очень", "только",
    "ещё", "уже", "всё", "её", "объявил", "съезд", "подъезд", "ёлка", "лёд", "чьё", "семья", "двух",
    "пятьдесят", "фонд", "цель", "щедрый", "эксперт", "юбилей", "ящик", "шаг", "жёлтый", "хозяйство",
)

unicode_text = st.text(alphabet=LETTERS + UNICODE_PUNCTUATION + " \n\r", max_size=300)


@st.composite
def russian_text(draw) -> str:
    sentences = []
    for _ in range(draw(st.integers(1, 4))):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=12))
        if draw(st.booleans()):
            words[draw(st.integers(0, len(words) - 1))] += draw(st.sampled_from([",", ":", ";"]))
        sentences.append(" ".join(words).capitalize() + draw(st.sampled_from([".", "!", "?", "...", ""])))
    separators = draw(st.lists(st.sampled_from([" ", "\n", "\n\n", "\r\n"]), min_size=len(sentences),
                               max_size=len(sentences)))
    return "".join(s + sep for s, sep in zip(sentences, separators, strict=True))


@settings(max_examples=150, deadline=None)
@given(text=unicode_text, codec=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom"]))
def test_unicode_encodings_round_trip_any_cyrillic_text(text, codec):
    bom = codec.endswith("-bom")
    data = ("\ufeff" + text).encode(codec.removesuffix("-bom")) if bom else text.encode(codec)
    assert decode(data)[0] == normalise_text(text)


@settings(max_examples=200, deadline=None)
@given(text=russian_text(), codec=st.sampled_from(["cp1251", "koi8-r", "utf-8", "utf-16"]))
def test_russian_text_round_trips_in_every_encoding(text, codec):
    assert decode(text.encode(codec))[0] == normalise_text(text)


PREFIXES = [b"", b"WARC/1.0\r\n", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\n",
            b"\x1f\x8b\x08\x00", b"<?xml version='1.0'?><rss><channel><item><title>", b"<feed><entry>",
            b'{"text": "', b"<html><body><p>", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"%PDF-", b"\x00"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=st.sampled_from(PREFIXES), body=st.binary(max_size=1500),
       name=st.sampled_from(["a.txt", "a.html", "a.jsonl", "a.warc.gz", "a.rss", "a"]))
def test_arbitrary_bytes_never_raise(prefix, body, name):
    items = list(read_bytes(prefix + body, name))
    for item in items:
        assert isinstance(item, RawDocument | IngestError)
        if isinstance(item, RawDocument):
            assert "\r" not in item.content and item.content == normalise_text(item.content)
    assert [i.id for i in items if isinstance(i, RawDocument)] == \
        [i.id for i in read_bytes(prefix + body, name) if isinstance(i, RawDocument)]
