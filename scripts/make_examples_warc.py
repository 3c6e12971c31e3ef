"""Build ``examples/090_crawl.warc.gz``: three crawled news pages as WARC response records.

The archive is committed; this script rebuilds it byte for byte. Dates and record ids are
fixed and warcio writes gzip members without a timestamp, so the only way the file changes
is a change to the pages below.

    python scripts/make_examples_warc.py [--out examples/090_crawl.warc.gz]
"""

from __future__ import annotations

import argparse
import uuid
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "examples" / "090_crawl.warc.gz"

# Record ids are derived from the URL so that they are stable and still unique.
RECORD_ID_NAMESPACE = uuid.UUID("6f1c3b0e-53a4-4f0e-9d43-4c6574706973")


@dataclass(frozen=True, slots=True)
class Capture:
    url: str
    warc_date: str   # when the crawler fetched the page
    http_date: str   # the server's Date header, the same moment in RFC 7231 form
    html: str


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


KIM_RECEIVES_LAVROV = _page(
    "<!DOCTYPE html>",
    '<html lang="ru">',
    "<head>",
    '<meta charset="utf-8">',
    "<title>Ким Чен Ын принял Лаврова в Пхеньяне | Невский телеканал</title>",
    '<meta property="og:title" content="Ким Чен Ын принял Лаврова в Пхеньяне">',
    '<meta property="og:type" content="video.other">',
    '<meta property="og:site_name" content="Невский телеканал">',
    '<meta property="og:url" content="https://nevatv.example/news/2023/10/19/kim-prinyal-lavrova">',
    '<meta property="article:published_time" content="2023-10-19T13:20:00+03:00">',
    "</head>",
    "<body>",
    '<nav class="nav"><a href="/">Невский телеканал</a> <a href="/news">Новости</a>'
    ' <a href="/video">Видео</a> <a href="/projects">Проекты</a> <a href="/stream">Смотреть онлайн</a></nav>',
    "<main>",
    '<article class="video-news">',
    "<h1>Ким Чен Ын принял Лаврова в Пхеньяне</h1>",
    '<div class="info"><time datetime="2023-10-19T13:20">19 октября 2023, 13:20</time>'
    ' · <span class="duration">Видео 02:14</span> · 👁 8 455</div>',
    '<div class="player">Ваш браузер не поддерживает воспроизведение видео.</div>',
    "<h2>Текст сюжета</h2>",
    "<p>Лидер КНДР Ким Чен Ын в четверг принял в Пхеньяне министра иностранных дел России"
    " Сергея Лаврова, который находится в стране с официальным визитом. Об этом сообщила"
    " пресс-служба МИД России.</p>",
    "<p>Лавров передал северокорейскому лидеру приветствие президента России Владимира Путина."
    " Собеседники обсудили, как выполняются договоренности, достигнутые во время сентябрьской"
    " встречи двух лидеров на космодроме Восточный.</p>",
    "<p>Перед этим российский министр провел переговоры с главой северокорейского МИД Цой Сон Хи."
    " По их итогам министры подписали план межмидовских обменов на следующие два года.</p>",
    "<p>Визит Лаврова в КНДР, начавшийся в среду, сегодня завершается.</p>",
    '<p class="credit">Видео: Невский телеканал. Фото: © МИД России</p>',
    "</article>",
    '<aside class="more">',
    "<h3>Другие сюжеты</h3>",
    "<ul><li>В Петербурге открылся сезон корюшки</li><li>Мосты разведут по новому графику</li>"
    "<li>Эрмитаж покажет коллекцию японских гравюр</li></ul>",
    "</aside>",
    "</main>",
    '<footer><p>© 2023 АО «Невский телеканал». Все права защищены. 16+</p>'
    "<p>Сайт использует файлы cookie.</p></footer>",
    "</body>",
    "</html>",
)

PYONGYANG_TREATY_SIGNED = _page(
    "<!DOCTYPE html>",
    '<html lang="ru">',
    "<head>",
    '<meta charset="utf-8">',
    "<title>Путин и Ким Чен Ын подписали договор о всеобъемлющем стратегическом партнерстве"
    " — Вечерний экспресс</title>",
    '<meta property="og:title" content="Путин и Ким Чен Ын подписали договор о всеобъемлющем'
    ' стратегическом партнерстве">',
    '<meta property="og:type" content="article">',
    '<meta property="og:site_name" content="Вечерний экспресс">',
    '<meta property="og:url" content="https://vecherka.example/politika/2024/06/19/dogovor-phenyan">',
    '<meta property="article:published_time" content="2024-06-19T17:48:00+03:00">',
    '<meta property="article:author" content="Марина Белова">',
    "</head>",
    "<body>",
    "<header>",
    '<div class="logo">ВЕЧЕРНИЙ ЭКСПРЕСС</div>',
    '<nav><ul><li><a href="/novosti">Новости</a></li><li><a href="/politika">Политика</a></li>'
    '<li><a href="/gorod">Город</a></li><li><a href="/zdorovye">Здоровье</a></li>'
    '<li><a href="/goroskop">Гороскоп</a></li><li><a href="/tv">Программа ТВ</a></li>'
    '<li><a href="/krossvord">Кроссворд</a></li></ul></nav>',
    "</header>",
    "<article>",
    "<h1>Путин и Ким Чен Ын подписали договор о всеобъемлющем стратегическом партнерстве</h1>",
    '<p class="meta">Марина Белова · 19.06.2024 17:48</p>',
    "<p><strong>Российский президент находится в КНДР впервые за 24 года</strong></p>",
    "<p>Президент России Владимир Путин и председатель Государственных дел КНДР Ким Чен Ын подписали"
    " в среду в Пхеньяне Договор о всеобъемлющем стратегическом партнерстве между двумя странами.</p>",
    "<p>Путин прилетел в Пхеньян в ночь на среду, в аэропорту его лично встретил Ким Чен Ын. Утром"
    " на площади Ким Ир Сена прошла церемония официальной встречи, после чего лидеры провели"
    " переговоры сначала в узком, а затем в расширенном составе.</p>",
    "<p>Выступая перед журналистами, Путин назвал новый договор прорывным документом, который"
    " выводит отношения России и КНДР на новый уровень. Ким Чен Ын, в свою очередь, заявил, что"
    " отношения двух стран вступили в новую эпоху.</p>",
    "<p>По итогам переговоров Путин пригласил Ким Чен Ына посетить Москву с очередным визитом.</p>",
    "<p>Из Пхеньяна российский лидер отправится с государственным визитом во Вьетнам.</p>",
    '<p class="photo-credit">Фото: © РИА Новости / пул</p>',
    "</article>",
    '<aside class="horoscope">Гороскоп на завтра: Овнам стоит отложить важные решения,'
    " а Рыбам — больше отдыхать.</aside>",
    '<aside class="best"><h4>Лучшее за неделю</h4><ul><li>Как выбрать арбуз без нитратов</li>'
    "<li>Семь способов пережить жару в квартире</li></ul></aside>",
    '<footer>© «Вечерний экспресс», 1995–2024. Перепечатка без разрешения запрещена. 16+</footer>',
    "</body>",
    "</html>",
)

SCHOOL_REUNION = _page(
    "<!DOCTYPE html>",
    '<html lang="ru">',
    "<head>",
    '<meta charset="utf-8">',
    "<title>Полвека спустя: выпускники школы № 7 снова собрались в родных стенах"
    " | Коломенская неделя</title>",
    '<meta property="og:title" content="Полвека спустя: выпускники школы № 7 снова собрались'
    ' в родных стенах">',
    '<meta property="og:site_name" content="Коломенская неделя">',
    '<meta property="og:url"'
    ' content="https://kolomna-nedelya.example/obshchestvo/2024/06/29/vstrecha-vypusknikov">',
    '<meta property="article:published_time" content="2024-06-29T10:00:00+03:00">',
    "</head>",
    "<body>",
    '<div class="header">Коломенская неделя — газета нашего города</div>',
    '<div class="menu">Новости · Общество · Люди города · Объявления · Доска почета · Поздравления'
    " · Архив номеров</div>",
    '<div class="content">',
    "<h1>Полвека спустя: выпускники школы № 7 снова собрались в родных стенах</h1>",
    '<div class="date">29 июня 2024</div>',
    "<p>В субботу, 22 июня, в школе № 7 прошла встреча выпускников 1974 года. В родную школу пришли"
    " 23 человека из двух выпускных классов, некоторые приехали из Москвы, Рязани и даже"
    " из Владивостока.</p>",
    "<p>Бывших учеников встретили нынешний директор школы Светлана Игоревна Комарова и классный"
    " руководитель 10 «Б» Валентина Петровна Рыжова, которой в этом году исполнилось 85 лет.</p>",
    "<p>Выпускники почтили минутой молчания память ушедших учителей и одноклассников, посидели за"
    " партами в своем бывшем кабинете физики и вспомнили выпускной вечер на берегу Оки.</p>",
    "<p>«Договорились встречаться каждые пять лет, а не раз в десятилетие, как раньше», — рассказал"
    " один из организаторов встречи Николай Зуев.</p>",
    '<p class="foto">Фото из архива выпускников</p>',
    "</div>",
    '<div class="sidebar"><b>Поздравления</b><br>Дорогую маму, Галину Ивановну, поздравляем с юбилеем!</div>',
    '<div class="footer">© Коломенская неделя, 2024. 12+ · Сайт использует cookie</div>',
    "</body>",
    "</html>",
)

CAPTURES = (
    Capture(
        url="https://nevatv.example/news/2023/10/19/kim-prinyal-lavrova",
        warc_date="2025-11-03T08:00:01Z",
        http_date="Mon, 03 Nov 2025 08:00:01 GMT",
        html=KIM_RECEIVES_LAVROV,
    ),
    Capture(
        url="https://vecherka.example/politika/2024/06/19/dogovor-phenyan",
        warc_date="2025-11-03T08:00:02Z",
        http_date="Mon, 03 Nov 2025 08:00:02 GMT",
        html=PYONGYANG_TREATY_SIGNED,
    ),
    Capture(
        url="https://kolomna-nedelya.example/obshchestvo/2024/06/29/vstrecha-vypusknikov",
        warc_date="2025-11-03T08:00:03Z",
        http_date="Mon, 03 Nov 2025 08:00:03 GMT",
        html=SCHOOL_REUNION,
    ),
)


def _record_id(name: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(RECORD_ID_NAMESPACE, name)}>"


def write_archive(out, captures: tuple[Capture, ...] = CAPTURES) -> None:
    """Write a warcinfo record and one response record per capture to the binary stream ``out``."""
    writer = WARCWriter(out, gzip=True)
    info = b"software: letopis scripts/make_examples_warc.py\r\nformat: WARC File Format 1.0\r\n"
    writer.write_record(
        writer.create_warc_record(
            "",
            "warcinfo",
            payload=BytesIO(info),
            length=len(info),
            warc_content_type="application/warc-fields",
            warc_headers_dict={
                "WARC-Record-ID": _record_id("warcinfo"),
                "WARC-Date": captures[0].warc_date,
                "WARC-Filename": "090_crawl.warc.gz",
            },
        )
    )
    for capture in captures:
        body = capture.html.encode("utf-8")
        http_headers = StatusAndHeaders(
            "200 OK",
            [
                ("Content-Type", "text/html; charset=utf-8"),
                ("Content-Length", str(len(body))),
                ("Date", capture.http_date),
                ("Server", "nginx"),
            ],
            protocol="HTTP/1.1",
        )
        record = writer.create_warc_record(
            capture.url,
            "response",
            payload=BytesIO(body),
            length=len(body),
            http_headers=http_headers,
            warc_headers_dict={
                "WARC-Record-ID": _record_id(capture.url),
                "WARC-Date": capture.warc_date,
            },
        )
        writer.write_record(record)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the archive")
    args = parser.parse_args(argv)
    with args.out.open("wb") as out:
        write_archive(out)
    print(f"wrote {len(CAPTURES)} response records to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
