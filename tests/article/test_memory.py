"""Lines repeated across pages of one publisher become furniture; a page counts once."""

from __future__ import annotations

from letopis.article import LineMemory, parse_article
from letopis.article.memory import memory_key
from letopis.records import BlockType
from tests.article.pages import text_doc

SLOGAN = "Новости Заречья всегда первыми и только правда"


def page(number: int) -> str:
    return (f"{SLOGAN}\n\nМэр Заречья открыл новый мост номер {number}\n\n"
            f"Мэр города открыл мост номер {number}, строительство которого шло три года.\n")


def docs(count: int, host: str = "zarechye.example"):
    return [text_doc(page(n), source=f"p{n}.txt", url=f"https://www.{host}/news/{n}") for n in range(count)]


def test_a_slogan_seen_on_other_pages_is_not_the_title() -> None:
    memory = LineMemory()
    first, second, third = (parse_article(doc, memory=memory) for doc in docs(3))
    assert first.title == SLOGAN            # nothing seen yet
    assert second.title == SLOGAN           # seen on one other page
    assert third.title == "Мэр Заречья открыл новый мост номер 2"
    assert third.blocks[0].type is BlockType.OTHER


def test_a_second_pass_gives_the_first_pages_what_the_last_ones_got() -> None:
    memory = LineMemory()
    batch = docs(3)
    for doc in batch:
        parse_article(doc, memory=memory)
    again = [parse_article(doc, memory=memory) for doc in batch]
    assert [a.title for a in again] == [f"Мэр Заречья открыл новый мост номер {n}" for n in range(3)]


def test_a_page_counts_once() -> None:
    memory = LineMemory()
    doc = docs(1)[0]
    for _ in range(5):
        assert parse_article(doc, memory=memory).title == SLOGAN
    assert memory.pages("host:zarechye.example") == 1
    assert memory.other_pages("host:zarechye.example", doc.url, SLOGAN) == 0


def test_publishers_are_kept_apart() -> None:
    memory = LineMemory()
    for doc in docs(3, host="one.example"):
        parse_article(doc, memory=memory)
    other = docs(1, host="two.example")[0]
    assert parse_article(other, memory=memory).title == SLOGAN


def test_lines_compare_folded_but_with_their_numbers() -> None:
    memory = LineMemory()
    memory.observe("k", "a", ["Курс доллара на 5 октября", "Новости  ЗАРЕЧЬЯ"])
    memory.observe("k", "b", ["Курс доллара на 6 октября", "новости заречья"])
    assert memory.other_pages("k", "c", "курс доллара на 5 октября") == 1
    assert memory.other_pages("k", "c", "Новости Заречья") == 2


def test_the_same_url_saved_twice_is_one_page() -> None:
    memory = LineMemory()
    url = "https://zarechye.example/1"
    for doc in (text_doc(page(1) + f"\nПросмотров: {n}", url=url) for n in range(3)):
        article = parse_article(doc, memory=memory)
    assert article.title == SLOGAN
    assert memory.pages("host:zarechye.example") == 1


def test_sentences_are_never_furniture_by_repetition() -> None:
    memory = LineMemory()
    body = "Мэр города открыл мост, строительство которого шло три года."
    for n in range(4):
        article = parse_article(text_doc(f"Заголовок заметки номер {n} о мосте\n\n{body}", url=f"https://z.example/{n}"),
                                memory=memory)
    assert article.body == body


def test_memory_keys() -> None:
    assert memory_key("https://www.site.example/a", "Сайт") == "host:site.example"
    assert memory_key(None, "«Сайт»") == "name:«сайт»"
    assert memory_key(None, None) is None
