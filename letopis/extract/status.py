"""Whether an event happened: tense, aspect, mood and cue words, scoped to the event's clause.

The scope is the *chain* from the trigger up through the words that govern it ("визит" <- "проработкой"
<- "поделился"), their direct dependents up to the first finite verb ("не встречался", "предстоящий
визит"), and the clause of that verb for multi-word cues ("по неофициальным данным"). A cue in a
neighbouring clause does not count, nor one that heads a clause of its own below the chain ("сказал, что
визит возможен" leaves the statement as made). The chain ends at the head of a relative clause: "X,
который завтра будет беседовать с Y, заявил" takes nothing from "заявил".

Decision, strongest first:

1. a cue: denied > uncertain > proposed > planned (``letopis/data/extract/cues.tsv``);
2. the tense of the first finite verb on the chain ("будет" + infinitive is future): future -> planned,
   conditional -> uncertain, an intent governing the event's infinitive ("собираются обсудить") ->
   planned, past or present -> occurred;
3. no verb at all (a headline noun phrase): occurred, weakly, so that merging prefers a better reading.

A future verb, a planning cue or a denial therefore never yields ``occurred``.
"""

from __future__ import annotations

from dataclasses import dataclass

from letopis.extract.candidate import STATUS_CUE, STATUS_DEFAULT, STATUS_TENSE
from letopis.extract.lexicon import CUE_STRENGTH, Cue, Lexicon
from letopis.extract.tree import CLAUSE_RELS, SentenceView
from letopis.records import Status


@dataclass(frozen=True, slots=True)
class Reading:
    status: Status
    strength: int
    why: str
    tense: str  # past, present, future or ""
    perfective: bool  # a finite (or short-participle) perfective verb: a completed act told as news
    anchor: int  # the verb that decides the tense, -1 when none
    cues: tuple[str, ...] = ()  # anteriority / anaphoric / repetition categories seen


SHARED_CATEGORIES = frozenset({"uncertain", "anteriority", "anaphoric"})
# The future forms of "быть": the tagger often marks "будет" as present, so the form itself decides.
FUTURE_BE = frozenset({"буду", "будешь", "будет", "будем", "будете", "будут"})
# Clauses that are not the event's own: a cue heading one speaks of what it says, not of the word above it.
EMBEDDED_RELS = frozenset({"ccomp", "csubj", "acl:relcl"})


def chain_of(view: SentenceView, trigger: int) -> list[int]:
    """The trigger and the words that govern it, up to the head of a relative clause it stands in:
    "X, который завтра будет беседовать с Y, заявил" takes neither tense nor cue from "заявил"."""
    chain = [trigger]
    for node in view.governors(trigger):
        if view.opens_relative(chain[-1]):
            break
        chain.append(node)
    return chain


def future_be(view: SentenceView, i: int) -> bool:
    return view.lemma(i) == "быть" and (
        view.feat(i, "Tense") == "Fut" or view.tokens[i].text.lower() in FUTURE_BE
    )


def tense_anchor(view: SentenceView, chain: list[int]) -> int:
    """The first word on the chain that carries tense: a finite verb, a short or past participle, an
    infinitive with a future "будет" ("будет беседовать"), or a future "будет" that heads it.
    Other converbs and infinitives take the tense of what governs them ("возложив" <- "почтил")."""
    for node in chain:
        if not view.is_verb(node):
            continue
        form = view.feat(node, "VerbForm")
        if form == "Inf" and any(future_be(view, k) for k in view.kids(node)):
            return node
        if form in ("Conv", "Inf"):
            continue
        if form == "Part" and view.feat(node, "Variant") != "Short" and view.feat(node, "Tense") != "Past":
            continue
        return node
    return -1


def tense_of(view: SentenceView, anchor: int) -> str:
    if anchor < 0:
        return ""
    if future_be(view, anchor):
        return "future"
    for aux in view.kids(anchor, "aux", "aux:pass", "cop"):
        if future_be(view, aux):
            return "future"
        if view.lemma(aux) == "быть" and view.feat(aux, "Tense") == "Past":
            return "past"
    if view.feat(anchor, "VerbForm") == "Inf" and any(future_be(view, k) for k in view.kids(anchor)):
        return "future"
    tense = view.feat(anchor, "Tense")
    if tense == "Fut":
        return "future"
    if tense == "Past":
        return "past"
    if tense == "Pres":
        # a short passive participle ("принят") reads as a completed act
        return "past" if view.feat(anchor, "VerbForm") == "Part" else "present"
    return "present" if view.feat(anchor, "Variant") == "Short" else ""


def clause_tokens(view: SentenceView, chain: list[int], anchor: int) -> list[int]:
    """The clause of the anchor verb (or of the topmost chain word), without embedded clauses,
    but keeping the embedded clauses the chain itself runs through."""
    top = anchor if anchor >= 0 else chain[-1]
    keep = set(chain)
    seen, todo = {top}, [top]
    while todo:
        j = todo.pop()
        for k in view.kids(j):
            if k not in seen and (k in keep or view.rel(k) not in CLAUSE_RELS):
                seen.add(k)
                todo.append(k)
    return sorted(seen)


def heads_clause(view: SentenceView, k: int) -> bool:
    """``k`` is the predicate of a clause of its own ("сказал, что визит возможен"): a cue word there
    speaks of what the clause says, not of the word it hangs on. A parenthetical ("вероятно,") is not."""
    if view.rel(k) in EMBEDDED_RELS:
        return True
    return view.rel(k) in CLAUSE_RELS and (view.is_verb(k) or bool(view.kids(k, "nsubj", "nsubj:pass")))


def _chain_cue(view: SentenceView, cue: Cue, chain: list[int], at: int, used: set[int]) -> list[int] | None:
    node = chain[at]
    if view.lemma(node) != cue.lemmas[-1] or node in used:
        return None
    if view.pos(node) == "NOUN" and any(view.is_verb(n) for n in chain[1:at]):
        # a noun cue covers only the nouns it governs directly ("подготовка визита"),
        # not an event inside a clause that hangs on it ("договоренности, достигнутые в ходе саммита")
        return None
    taken = [node]
    for word in cue.lemmas[:-1]:
        match = next((k for k in view.kids(node) if view.lemma(k) == word and k not in used), None)
        if match is None:
            return None
        taken.append(match)
    return taken


def _phrase_cue(view: SentenceView, cue: Cue, tokens: list[int], used: set[int]) -> list[int] | None:
    n = len(cue.lemmas)
    for a in range(len(tokens) - n + 1):
        run = tokens[a : a + n]
        if (
            run[-1] - run[0] == n - 1
            and not used.intersection(run)
            and all(view.lemma(j) == w for j, w in zip(run, cue.lemmas, strict=True))
        ):
            return run
    return None


def context_cut(view: SentenceView, chain: list[int], lexicon: Lexicon) -> int:
    """How much of the chain belongs to the event when it sits in a context phrase ("во время встречи",
    "в рамках визита", "в преддверии конференции"): up to and including the context noun; 0 when it
    does not. Cues above it speak of the enclosing event: "пригласил его во время встречи" does not
    make the meeting a proposal."""
    words = view.preposition(chain[0]).split()
    if len(words) > 1 and words[-1] in lexicon.context_nouns:
        return 1
    if (words in (["на"], ["в"]) and view.pos(chain[0]) in ("NOUN", "PROPN") and len(chain) > 1
            and view.is_verb(chain[1]) and view.feat(chain[0], "Case") in ("Loc", None)
            and lexicon.triggers_for(view.lemma(chain[0]), "NOUN")):
        return 1  # "на переговорах с Путиным Эрдоган пригласил его": the talks are the setting
    if len(chain) > 1 and view.lemma(chain[1]) in lexicon.context_nouns and view.pos(chain[1]) == "NOUN":
        return 2
    return 0


def asserted(view: SentenceView, chain: list[int], anchor: int, context: int, lexicon: Lexicon) -> bool:
    """Whether the tense speaks of the event itself: a verb trigger, or an event noun that a light verb
    asserts ("состоялась встреча", "провели переговоры"). "участие в конференции способствует" says
    nothing firm about when the conference is, and "в ходе визита Лавров проведет переговоры" nothing
    about the visit: such readings yield to a firmer one when the sentences are merged."""
    if context:
        return False
    if view.pos(chain[0]) not in ("NOUN", "PROPN"):
        return True
    if anchor < 0:
        return False
    between = chain[1 : chain.index(anchor)] if anchor in chain else []
    return not between and view.lemma(anchor) in lexicon.light_verbs


def intends(view: SentenceView, chain: list[int], anchor: int, lexicon: Lexicon) -> bool:
    """The tense is that of an intent ("собираются", "намерен", "договорились") whose infinitive the
    event depends on: what is intended lies ahead, also when the event is only its setting ("намерены
    обсудить во время саммита торговлю"), where the intent is no cue of the event itself."""
    if anchor < 0 or anchor not in chain:
        return False
    if not any(view.feat(n, "VerbForm") == "Inf" for n in chain[: chain.index(anchor)]):
        return False
    return any(
        cue.category == "planned" and cue.scope == "chain" and cue.lemmas == (view.lemma(anchor),)
        for cue in lexicon.cues
    )


def _negates_phrase(view: SentenceView, k: int) -> bool:
    """"не по техническим вопросам, а по ...", "не в Москве": the negation is of the phrase after it,
    not of the event, however the parser hung it."""
    return view.lemma(k) == "не" and k + 1 < len(view) and view.pos(k + 1) == "ADP"


def _other_predicate_between(view: SentenceView, k: int, chain: list[int]) -> bool:
    """"X, который, вероятно, будет беседовать с Y, заявил": a hedge before another verb on the way to
    the trigger, not one that governs it ("не стал встречаться"), is that verb's, however the parser hung it."""
    lo, hi = sorted((k, chain[0]))
    return any(view.pos(j) == "VERB" and j not in chain for j in range(lo + 1, hi))


def parenthetical(view: SentenceView, trigger: int) -> list[int]:
    """A word set off by commas just before the trigger, with only adverbs, particles and "будет" between
    ("X, который, вероятно, завтра будет беседовать с Y"): it is the trigger's however the parser hung it."""
    j = trigger - 1
    while j >= 0 and view.pos(j) in ("ADV", "PART", "AUX"):
        j -= 1
    if j >= 2 and view.tokens[j].text == "," and view.tokens[j - 2].text == ",":
        return [j - 1]
    return []


def read_status(
    view: SentenceView, trigger: int, lexicon: Lexicon, *, own: bool = False, event: int = -1
) -> Reading:
    """The status of the event at ``trigger``.

    ``event``: the event's own word when the status is read from another one (a participle of it):
    never a cue for itself. ``own``: only the trigger's own tense and modifiers count (a speech verb:
    "как заявил X" inside a clause with "должны" is still a statement that was made)."""
    chain = [trigger] if own else chain_of(view, trigger)
    anchor = tense_anchor(view, chain)
    upto = chain[: chain.index(anchor) + 1] if anchor >= 0 else chain
    context = context_cut(view, chain, lexicon)
    cue_chain = chain[:context] if context else chain
    if context:
        # "не встречался на полях саммита": the negation is the meeting's, not the summit's
        upto = [n for n in upto if n in cue_chain]
    # coordination is not governance: "договорились ... и обсудили" does not make the discussion a plan
    for n, node in enumerate(cue_chain[:-1]):
        if view.rel(node) == "conj" and view.is_verb(node):
            cue_chain = cue_chain[: n + 1]
            break
    clause = clause_tokens(view, chain, anchor)
    # "якобы побеседовали и обсудили": a hedge before the first of coordinated verbs covers them all
    first = view.head(anchor) if anchor >= 0 and view.rel(anchor) == "conj" else -1
    shared = [k for k in view.kids(first) if k < first] if first >= 0 and view.is_verb(first) else []
    shared += parenthetical(view, chain[0])
    used: set[int] = set()
    found: list[tuple[str, str]] = []  # (category, description)
    for cue in lexicon.cues:  # longer cues first, see load_lexicon
        hit: list[int] | None = None
        if cue.scope == "chain":
            # the governing words only: "пригласил" makes the visit it asks for proposed, not itself
            hit = next(
                (
                    h
                    for at in range(1, len(cue_chain))
                    if chain[at] != event and (h := _chain_cue(view, cue, chain, at, used))
                ),
                None,
            )
        elif cue.scope == "mod":
            if len(cue.lemmas) == 1:
                hedges = shared if cue.category in SHARED_CATEGORIES else []
                hit = next(
                    (
                        [k]
                        for k in [*(k for node in upto for k in view.kids(node)), *hedges]
                        if k not in used and k not in chain and view.lemma(k) == cue.lemmas[0]
                        and not heads_clause(view, k) and not _negates_phrase(view, k)
                        and not _other_predicate_between(view, k, chain)
                    ),
                    None,
                )
            else:
                hit = _phrase_cue(view, cue, clause, used)
        else:
            hit = _phrase_cue(view, cue, clause, used)
        if hit:
            used.update(hit)
            words = " ".join(view.tokens[j].text for j in sorted(hit))
            found.append((cue.category, f"{cue.category} cue '{words}'"))
    tense = tense_of(view, anchor)
    # an attributive participle ("достигнутые договоренности") tells background, not the news of the day
    finite = anchor >= 0 and (
        view.feat(anchor, "VerbForm") != "Part" or view.feat(anchor, "Variant") == "Short"
    )
    perfective = finite and view.feat(anchor, "Aspect") == "Perf"
    extra = tuple(cat for cat, _ in found if cat in ("anteriority", "anaphoric", "repetition"))
    statuses = [(CUE_STRENGTH[cat], cat, why) for cat, why in found if cat in CUE_STRENGTH and cat != "-"]
    if statuses:
        _, cat, why = max(statuses, key=lambda s: s[0])
        return Reading(Status(cat), STATUS_CUE, why, tense, perfective, anchor, extra)
    anchor_word = view.tokens[anchor].text if anchor >= 0 else ""
    if anchor >= 0 and any(view.lemma(k) == "бы" for k in view.kids(anchor)):
        return Reading(
            Status.UNCERTAIN, STATUS_CUE, f"conditional '{anchor_word} бы'", tense, perfective, anchor, extra
        )
    strength = STATUS_TENSE if asserted(view, chain, anchor, context, lexicon) else STATUS_DEFAULT
    if tense in ("past", "present") and intends(view, chain, anchor, lexicon):
        return Reading(
            Status.PLANNED, strength, f"intent '{anchor_word}' + infinitive", "future", perfective, anchor, extra
        )
    if tense == "future":
        return Reading(
            Status.PLANNED, strength, f"future tense '{anchor_word}'", tense, perfective, anchor, extra
        )
    if tense in ("past", "present"):
        return Reading(
            Status.OCCURRED, strength, f"{tense} tense '{anchor_word}'", tense, perfective, anchor, extra
        )
    return Reading(
        Status.OCCURRED, STATUS_DEFAULT, "no verb: reported as a fact", tense, perfective, anchor, extra
    )
