"""Articles as export records (the field names are a public contract)."""

from __future__ import annotations

from typing import Any

from letopis.records import Article


def article_record(article: Article) -> dict[str, Any]:
    """One article in the ``letopis export articles`` shape."""
    return {
        "id": article.doc_id,
        "source": article.source,
        "publisher": article.publisher,
        "published_at": article.published_at,
        "author": article.author,
        "title": article.title,
        "lead": article.lead,
        "body": article.body,
        "hashtags": list(article.hashtags),
        "credits": list(article.credits),
        "views": article.views,
        "boilerplate": [
            {"type": str(b.type), "start": b.start, "end": b.end, "text": article.text[b.start:b.end]}
            for b in article.boilerplate()
        ],
    }
