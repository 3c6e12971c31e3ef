"""Bytes to text in every encoding Russian news comes in."""

from __future__ import annotations

import pytest

from letopis.ingest import DecodeError, decode

PARAGRAPH = (
    "Министр иностранных дел посетил Пхеньян с официальным визитом.\n"
    "Стороны обсудили актуальные вопросы развития двусторонних отношений, "
    "а также шаги по реализации договорённостей."
)
TYPOGRAPHY = "Заявление «о сотрудничестве» — подписано. Ёлка, № 5…"


@pytest.mark.parametrize(("codec", "encoding"), [
    ("utf-8", "utf-8"),
    ("utf-8-sig", "utf-8-sig"),
    ("utf-16", "utf-16-le"),          # Python writes the little-endian mark
    ("utf-16-be-bom", "utf-16-be"),
    ("cp1251", "cp1251"),
    ("koi8-r", "koi8-r"),
])
def test_each_encoding_comes_back_as_the_same_text(codec, encoding):
    data = ("\ufeff" + PARAGRAPH).encode("utf-16-be") if codec == "utf-16-be-bom" else PARAGRAPH.encode(codec)
    assert decode(data) == (PARAGRAPH, encoding)


@pytest.mark.parametrize("codec", ["utf-8", "cp1251"])
def test_typography_survives(codec):
    assert decode(TYPOGRAPHY.encode(codec))[0] == TYPOGRAPHY


@pytest.mark.parametrize("word", ["Да", "Юг", "мир", "визит", "Привет, мир!", "В Москве", "Ёж", "съезд"])
@pytest.mark.parametrize("codec", ["cp1251", "koi8-r"])
def test_short_texts_tell_cp1251_from_koi8r(word, codec):
    assert decode(word.encode(codec)) == (word, codec)


@pytest.mark.parametrize("codec", ["cp1251", "koi8-r"])
def test_an_all_caps_headline_is_read_right_when_it_is_long_enough(codec):
    headline = "МИНИСТР ИНОСТРАННЫХ ДЕЛ ПРИБЫЛ С ОФИЦИАЛЬНЫМ ВИЗИТОМ"
    assert decode(headline.encode(codec)) == (headline, codec)


@pytest.mark.parametrize(("data", "text"), [
    ("а\r\nб\rв\n".encode(), "а\nб\nв\n"),
    ("й".encode() + b"", "й"),
    ("и\u0306".encode(), "й"),                   # decomposed letters are composed (NFC)
    ("\ufeffтекст".encode(), "текст"),
    (b"", ""),
])
def test_text_is_normalised(data, text):
    assert decode(data)[0] == text


def test_utf16_without_a_mark_is_recognised():
    assert decode(PARAGRAPH.encode("utf-16-le")) == (PARAGRAPH, "utf-16-le")
    assert decode(PARAGRAPH.encode("utf-16-be")) == (PARAGRAPH, "utf-16-be")
    assert decode("Plain Latin text, too.".encode("utf-16-le")) == ("Plain Latin text, too.", "utf-16-le")


def test_utf8_with_a_few_bad_bytes_keeps_its_text():
    data = "Новости дня\n\nГлава МИД провёл встречу.".encode() + b"\xff\xfe\xfa ok"
    text, encoding = decode(data)
    assert encoding == "utf-8"
    assert text.startswith("Новости дня\n\nГлава МИД провёл встречу.") and text.endswith(" ok")
    assert text.count("\ufffd") == 3


@pytest.mark.parametrize(("declared", "codec", "encoding"), [
    ("windows-1251", "cp1251", "cp1251"),
    ("KOI8-R", "koi8-r", "koi8-r"),
    ("koi8-r", "cp1251", "cp1251"),           # a Russian page recoded under its old declaration
    ("cp1251", "koi8-r", "koi8-r"),
    ("utf-8", "cp1251", "cp1251"),            # but not a UTF-8 one that the bytes contradict
    ("iso-8859-1", "cp1251", "cp1251"),       # nor latin-1 on a Russian page
    ("no-such-charset", "koi8-r", "koi8-r"),
    ("base64", "cp1251", "cp1251"),
])
def test_a_declared_charset(declared, codec, encoding):
    assert decode(PARAGRAPH.encode(codec), declared)[1] == encoding


@pytest.mark.parametrize("codec", ["cp1251", "koi8-r"])
def test_a_declared_russian_code_page_is_kept_when_detection_is_unsure(codec):
    headline = "МИНИСТР ИНОСТРАННЫХ ДЕЛ"
    other = "koi8-r" if codec == "cp1251" else "cp1251"
    assert decode(headline.encode(codec), other.upper())[1] == other        # declared, and not implausible
    assert decode(headline.encode(codec), codec) == (headline, codec)


def test_valid_utf8_wins_over_a_wrong_declaration():
    assert decode(PARAGRAPH.encode("utf-8"), "windows-1251") == (PARAGRAPH, "utf-8")


@pytest.mark.parametrize("text", ["Mädchen für alles, café crème brûlée", "Ça va très bien, merci à vous"])
def test_western_text_is_not_read_as_cyrillic(text):
    assert decode(text.encode("cp1252")) == (text, "cp1252")


@pytest.mark.parametrize("data", [bytes(range(32)) * 40, b"\x00\x01\x02\x03\xff\xfe\x80" * 500])
def test_binary_bytes_are_refused(data):
    with pytest.raises(DecodeError, match="binary file, not a news page"):
        decode(data)
