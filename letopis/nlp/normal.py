"""The nominative form of a mention: "Сергея Лаврова" -> "Сергей Лавров",
"Министерства культуры РФ" -> "Министерство культуры РФ", "Пхеньянского саммита" ->
"Пхеньянский саммит".

People: every word goes to the nominative, keeping the person's gender (a bare
"Лаврова" in the genitive is "Лавров", not the woman "Лаврова"). Other names: the head
noun and the words that agree with it before it go to the nominative; what follows the
head (genitive complements, quoted names) is kept as written.
"""

from __future__ import annotations

from collections.abc import Sequence

from letopis.nlp.morphology import NAME_TAGS, Parser, best_parse, inflect, match_case
from letopis.records import MentionType, Token

AGREEING = frozenset({"ADJ", "DET", "NUM"})
QUOTES_OPEN = "«\"„“'"


def _feats(token: Token) -> dict[str, str]:
    return dict(token.feats)


def _rebuild(text: str, start: int, tokens: Sequence[Token], forms: dict[int, str]) -> str:
    out, pos = [], start
    for i, tok in enumerate(tokens):
        out.append(text[pos:tok.start])
        out.append(forms.get(i, tok.text))
        pos = tok.end
    return "".join(out).strip()


def _gender(tokens: Sequence[Token]) -> str | None:
    votes = [t.feat("Gender") for t in tokens if t.feat("Gender") in ("Masc", "Fem")]
    if not votes:
        return None
    return "femn" if votes.count("Fem") > votes.count("Masc") else "masc"


def normal_person(parse: Parser, text: str, start: int, tokens: Sequence[Token]) -> str:
    gender = _gender(tokens)
    forms: dict[int, str] = {}
    for i, tok in enumerate(tokens):
        word = tok.text
        if not word.replace("-", "").isalpha() or len(word) < 2 or word.isupper():
            continue          # initials, abbreviations, punctuation
        if tok.feat("Case") in (None, "Nom"):
            continue
        p = best_parse(parse, word, "PROPN", _feats(tok), prefer=NAME_TAGS)
        if p is None or (not (NAME_TAGS & p.tag.grammemes) and "UNKN" not in p.tag.grammemes and \
                p.tag.POS != "NOUN"):
            continue
        form = None
        if gender and p.tag.gender in ("masc", "femn") and p.tag.gender != gender:
            form = inflect(p, {"nomn", "sing", gender})
        # the tagger's gender is a guess for names it does not know: the reading's own gender then
        form = form or inflect(p, {"nomn", "sing"})
        if form:
            forms[i] = match_case(word, form)
    return _rebuild(text, start, tokens, forms)


def normal_name(parse: Parser, text: str, start: int, tokens: Sequence[Token]) -> str:
    """Nominative of an organisation, place or event name."""
    head = None
    for i, tok in enumerate(tokens):
        if tok.text[:1] in QUOTES_OPEN:
            break                                     # a quoted name is kept as written
        if tok.pos in ("NOUN", "PROPN"):
            head = i
            break
    if head is None or tokens[head].feat("Case") in (None, "Nom"):
        return _rebuild(text, start, tokens, {})
    head_tok = tokens[head]
    hp = best_parse(parse, head_tok.text, head_tok.pos, _feats(head_tok))
    if hp is None:
        return _rebuild(text, start, tokens, {})
    number = hp.tag.number or "sing"
    forms: dict[int, str] = {}
    form = None if head_tok.text.isupper() else inflect(hp, {"nomn", number})
    if form:
        forms[head] = match_case(head_tok.text, form)
    gender = hp.tag.gender
    for i in range(head):
        tok = tokens[i]
        if tok.pos not in AGREEING or not tok.text.replace("-", "").isalpha():
            continue
        p = best_parse(parse, tok.text, "ADJ", _feats(tok))
        if p is None or p.tag.POS not in ("ADJF", "PRTF", "NUMR"):
            continue
        grammemes = {"nomn", number}
        if number == "sing" and gender:
            grammemes.add(gender)
        adj = inflect(p, grammemes)
        if adj:
            forms[i] = match_case(tok.text, adj)
    return _rebuild(text, start, tokens, forms)


def normalize(parse: Parser, text: str, start: int, tokens: Sequence[Token], kind: MentionType) -> str:
    if not tokens:
        return ""
    if kind == MentionType.PER:
        return normal_person(parse, text, start, tokens)
    return normal_name(parse, text, start, tokens)
