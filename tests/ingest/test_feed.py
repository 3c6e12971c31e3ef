"""RSS 2.0 and Atom feeds: one document per entry with content or a summary."""

from __future__ import annotations

from letopis.ingest import IngestError, document_id, read_bytes
from letopis.records import Format, RawDocument

RSS = """<?xml version="1.0" encoding="windows-1251"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:yandex="http://news.yandex.ru">
<channel>
  <title>Вестник</title>
  <link>https://vestnik.example/</link>
  <item>
    <title>Министр прибыл в Ханой</title>
    <link>https://vestnik.example/1</link>
    <pubDate>Thu, 19 Oct 2023 23:30:00 +0300</pubDate>
    <author>ivanov@vestnik.example (Иван Иванов)</author>
    <description>Краткое описание визита.</description>
    <content:encoded><![CDATA[<p>Министр иностранных дел прибыл в Ханой с визитом.</p>]]></content:encoded>
  </item>
  <item>
    <title>Только заголовок</title>
    <link>https://vestnik.example/2</link>
  </item>
  <item>
    <title>Сводка</title>
    <description>Простой текст без разметки.</description>
    <pubDate>not a date</pubDate>
  </item>
  <item>
    <title>Полный текст</title>
    <link>https://vestnik.example/4</link>
    <description>Анонс.</description>
    <yandex:full-text>Полный текст статьи о переговорах, которые прошли в столице.</yandex:full-text>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Лента</title>
  <id>urn:lenta</id>
  <updated>2023-10-20T00:00:00+03:00</updated>
  <entry>
    <title>Переговоры в Анкаре</title>
    <link href="https://lenta.example/a"/>
    <id>urn:lenta:a</id>
    <updated>2023-10-19T23:30:00+03:00</updated>
    <author><name>Пётр Петров</name></author>
    <content type="html">&lt;p&gt;Министры провели переговоры.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Без ссылки</title>
    <id>urn:lenta:b</id>
    <published>2023-10-18T10:00:00Z</published>
    <summary>Короткая сводка.</summary>
  </entry>
</feed>
"""


def test_rss_entries_are_documents_with_their_metadata():
    items = list(read_bytes(RSS.encode("cp1251"), "feed.xml"))
    assert [type(i).__name__ for i in items] == ["RawDocument", "IngestError", "RawDocument", "RawDocument"]
    first, missing, plain, full = items
    assert first == RawDocument(
        id=document_id("<p>Министр иностранных дел прибыл в Ханой с визитом.</p>", url="https://vestnik.example/1",
                       title="Министр прибыл в Ханой"),
        source="https://vestnik.example/1", format=Format.RSS, encoding="cp1251",
        content="<p>Министр иностранных дел прибыл в Ханой с визитом.</p>", url="https://vestnik.example/1",
        title="Министр прибыл в Ханой", published_at="2023-10-19T23:30:00+03:00", publisher="Вестник",
        author="Иван Иванов", is_html=True)
    assert missing == IngestError("feed.xml#2", "entry 2: no content or summary")
    assert (plain.source, plain.content, plain.is_html, plain.published_at) == \
        ("feed.xml#3", "Простой текст без разметки.", False, None)
    assert full.content == "Полный текст статьи о переговорах, которые прошли в столице."


def test_an_undeclared_cp1251_feed_is_detected():
    undeclared = RSS.replace(' encoding="windows-1251"', "").encode("cp1251")
    docs = [i for i in read_bytes(undeclared, "feed.rss") if isinstance(i, RawDocument)]
    assert docs[0].title == "Министр прибыл в Ханой" and docs[0].publisher == "Вестник"


def test_atom_entries_are_documents():
    first, second = read_bytes(ATOM.encode(), "feed.atom")
    assert (first.source, first.url, first.title, first.author, first.publisher) == \
        ("https://lenta.example/a", "https://lenta.example/a", "Переговоры в Анкаре", "Пётр Петров", "Лента")
    assert first.content == "<p>Министры провели переговоры.</p>" and first.is_html
    assert first.published_at == "2023-10-19T23:30:00+03:00"   # the feed's own time zone keeps the local date
    assert (second.source, second.url, second.content, second.is_html) == \
        ("feed.atom#2", None, "Короткая сводка.", False)
    assert second.published_at == "2023-10-18T10:00:00+00:00"


def test_feeds_without_entries_are_reported():
    empty = b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>'
    assert [str(e) for e in read_bytes(empty, "f.rss")] == ["f.rss: feed has no entries"]
