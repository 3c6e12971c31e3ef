"""The one place where natasha/slovnet/razdel objects become ``letopis.records``.

``analyze`` reads only the spans it is given (title, lead, body; never boilerplate).
``analyze_many`` runs the three slovnet models over the sentences of many documents at
once, sorted by length, so each batch pads little (``letopis.nlp.tagging`` drives them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from letopis.nlp.mentions import sentence_mentions
from letopis.nlp.models import NlpModels
from letopis.nlp.morphology import lemma_of
from letopis.nlp.segment import RawSentence, RawToken, block_tokens, split_sentences
from letopis.nlp.spans import Span
from letopis.nlp.tagging import MorphTag
from letopis.records import Mention, MentionType, Sentence, Token

# characters of text the NER model reads at once; a paragraph or two of context
NER_WINDOW = 2000
NER_TYPES = {"PER": MentionType.PER, "LOC": MentionType.LOC, "ORG": MentionType.ORG}


@dataclass(frozen=True, slots=True)
class NlpResult:
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]


def analyze(models: NlpModels, text: str, spans: Sequence[tuple[int, int]] | None = None) -> NlpResult:
    """Sentences and mentions of ``text[start:end]`` for each span (the whole text when None)."""
    return analyze_many(models, [(text, spans)])[0]


def _by_length(items: Sequence[Any], size: Any) -> list[int]:
    return sorted(range(len(items)), key=lambda i: size(items[i]))


def _run_sorted(run: Callable[[list[Any]], list[Any]], items: Sequence[Any], size: Any) -> list[Any]:
    """``run`` over ``items`` in length order, results back in the original order."""
    order = _by_length(items, size)
    results: list[Any] = [None] * len(items)
    for i, result in zip(order, run([items[i] for i in order]), strict=True):
        results[i] = result
    return results


def _clip(span: Span, start: int, end: int) -> Span:
    """The part of a NER span inside one sentence; a span the model ran across a line break
    ("Анна Франк\nНа") leaves pieces marked ``ner:cut`` for ``clean_ner`` to judge."""
    if span.start >= start and span.end <= end:
        return span
    return Span(max(span.start, start), min(span.end, end), span.type, "ner:cut")


def _blocks(text: str, spans: Sequence[tuple[int, int]] | None) -> list[tuple[int, int]]:
    """Runs of spans with only white space between them: paragraphs of one body read together."""
    runs: list[tuple[int, int]] = []
    for start, end in sorted(spans if spans is not None else [(0, len(text))]):
        if not text[start:end].strip():
            continue
        if runs and not text[runs[-1][1]:start].strip():
            runs[-1] = (runs[-1][0], max(end, runs[-1][1]))
        else:
            runs.append((start, end))
    return [piece for run in runs for piece in _windows(text, *run)]


def _windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A long run cut at line breaks into pieces of about ``NER_WINDOW`` characters: the
    tagger pads every text of a batch to the longest, and memory grows with it."""
    out = []
    while end - start > NER_WINDOW:
        cut = text.rfind("\n", start + NER_WINDOW // 2, start + NER_WINDOW)
        if cut == -1:
            break
        out.append((start, cut))
        start = cut + 1
    out.append((start, end))
    return out


LemmaKey = tuple[str, int]
LEMMA_CACHE_LIMIT = 300_000   # entries; about 100 MB at most, then the cache starts again


def _tokens(raw: Sequence[RawToken], tag_ids: Any, tree: tuple[list[int], list[str]] | None,
            tags: Sequence[MorphTag], parse: Any, lemmas: dict[LemmaKey, str]) -> tuple[Token, ...]:
    """A sentence's tokens: the tagger's tag, its lemma (the same word with the same tag has the
    same lemma: one look-up per process, not per token) and, when parsed, head and relation."""
    heads, rels = tree if tree is not None else ([0] * len(raw), [""] * len(raw))
    out = []
    for index, (raw_tok, tag_id, head_id, rel) in enumerate(zip(raw, tag_ids.tolist(), heads, rels, strict=True)):
        tag = tags[tag_id]
        key = (raw_tok.text, tag_id)
        lemma = lemmas.get(key)
        if lemma is None:
            lemma = lemmas[key] = lemma_of(parse, raw_tok.text, tag.pos, tag.feat_map)
        head = head_id - 1
        if head == index:
            head = -1             # the parser's decoder does not forbid a word heading itself
        out.append(Token(raw_tok.start, raw_tok.end, raw_tok.text, lemma, tag.pos, tag.feats, head, rel))
    return tuple(out)


def _initial(words: Sequence[str], k: int) -> bool:
    """``words[k]`` is an initial: one capital letter, a full stop, then a capitalised word ("А.Меркель")."""
    w = words[k]
    return (len(w) == 1 and w.isupper() and k + 2 < len(words) and words[k + 1] == "."
            and words[k + 2][:1].isupper())


def without_initials(words: Sequence[str]) -> list[int]:
    """The indices of the words the parser is given: all but initials and their full stops.

    The tokenizer splits "А.Меркель" into "А", ".", "Меркель", and the parser reads the full stop as a
    sentence break inside the clause ("итоги встречи А.Вебера и канцлера ФРГ А.Меркель" comes out with
    the coordination torn apart); without them it reads "встречи Вебера и канцлера ФРГ Меркель"."""
    keep, k = [], 0
    while k < len(words):
        if _initial(words, k):
            k += 2
            continue
        keep.append(k)
        k += 1
    return keep


def with_initials(tree: tuple[list[int], list[str]], keep: Sequence[int], size: int) -> tuple[list[int], list[str]]:
    """The parser's tree over the kept words, put back over all ``size`` words: an initial hangs on the
    surname after it as "flat:name", its full stop on the initial as "punct" (heads are 1-based, 0 the root)."""
    if len(keep) == size:
        return tree
    heads, rels = [0] * size, [""] * size
    for (head, rel), k in zip(zip(*tree, strict=True), keep, strict=True):
        heads[k], rels[k] = (keep[head - 1] + 1 if head > 0 else 0), rel
    kept = set(keep)
    for k in range(size):
        if k in kept:
            continue
        if k > 0 and k - 1 not in kept and rels[k - 1] == "flat:name":
            heads[k], rels[k] = k, "punct"           # the full stop after an initial (1-based: the initial)
            continue
        surname = next(j for j in range(k + 1, size) if j in kept)
        heads[k], rels[k] = surname + 1, "flat:name"
    return heads, rels


def analyze_many(models: NlpModels, docs: Iterable[tuple[str, Sequence[tuple[int, int]] | None]],
                 syntax: bool | Callable[[Sequence[str]], bool] = True) -> list[NlpResult]:
    """``analyze`` for many documents; the models see all their sentences in few batches.

    Without ``syntax`` the parser does not run (a third of the time) and tokens carry no
    head or relation: enough for names, not for events. ``syntax`` may also be a test on a
    sentence's words, so that only the sentences a later stage reads the tree of (those
    with an event word, say) are parsed."""
    docs = list(docs)
    per_doc: list[list[RawSentence]] = [
        split_sentences(text, spans if spans is not None else [(0, len(text))]) for text, spans in docs
    ]
    flat = [sent for sents in per_doc for sent in sents]
    words = [[t.text for t in sent.tokens] for sent in flat]
    tagging = models.tagging
    morph = _run_sorted(tagging.morph, words, len)
    wanted = [i for i, w in enumerate(words) if (syntax(w) if callable(syntax) else syntax)]
    kept = [without_initials(words[i]) for i in wanted]
    parsed = _run_sorted(tagging.syntax, [[words[i][k] for k in keep] for i, keep in zip(wanted, kept, strict=True)],
                         len)
    trees: list[Any] = [None] * len(words)
    for i, keep, tree in zip(wanted, kept, parsed, strict=True):
        trees[i] = with_initials(tree, keep, len(words[i]))
    # NER reads whole blocks: a sentence alone loses the context that tells a surname at
    # its start from an ordinary capitalised word. Its spans are then cut at sentence ends.
    # The blocks are sorted by their length in characters, as before the tokens were reused.
    blocks = [(d, start, end) for d, (text, spans) in enumerate(docs)
              for start, end in _blocks(text, spans)]
    tokens = [block_tokens(docs[d][0], start, end, per_doc[d]) for d, start, end in blocks]
    order = _by_length(blocks, lambda block: block[2] - block[1])
    ner_by_doc: list[list[Span]] = [[] for _ in docs]
    for i, found in zip(order, tagging.ner.tagged([tokens[i] for i in order]), strict=True):
        ner_by_doc[blocks[i][0]].extend(Span(start, stop, NER_TYPES[kind]) for start, stop, kind in found
                                        if kind in NER_TYPES)

    results: list[NlpResult] = []
    lemmas = models.lemmas
    if len(lemmas) > LEMMA_CACHE_LIMIT:
        lemmas.clear()
    pos = 0
    for (text, _), sents, doc_ner in zip(docs, per_doc, ner_by_doc, strict=True):
        sentences: list[Sentence] = []
        mentions: list[Mention] = []
        for sent in sents:
            tokens = _tokens(sent.tokens, morph[pos], trees[pos], tagging.morph.tags, models.parse, lemmas)
            pos += 1
            sentences.append(Sentence(sent.start, sent.end, tokens))
            ner_spans = [_clip(sp, sent.start, sent.end) for sp in doc_ner
                         if sp.start < sent.end and sent.start < sp.end]
            mentions.extend(sentence_mentions(text, tokens, ner_spans, models.parse, models.lexicon))
        results.append(NlpResult(tuple(sentences), tuple(mentions)))
    return results
