"""Who takes part, and where: sides of an event read off the dependency tree.

A side is the entity mention under a nominal, or under its apposition ("председателем ... Ким Чен
Ыном"), with its coordinated conjuncts ("Путин и Ким Чен Ын"). Pronouns take the nearest earlier
person; plural collectives ("стороны", "главы государств") take the sides already in context;
a representative noun with no name ("делегация КНДР") stands for the state in its genitive.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping

from letopis.extract.candidate import Party
from letopis.extract.context import DocContext
from letopis.extract.tree import SUBJECT_RELS, SentenceView
from letopis.records import EntityKind, LinkedMention, Role

SIDE_KINDS = frozenset(
    {EntityKind.PERSON, EntityKind.STATE, EntityKind.ORG, EntityKind.CITY, EntityKind.LOCATION}
)
GEO_KINDS = frozenset({EntityKind.STATE, EntityKind.CITY, EntityKind.LOCATION})
PLACE_KINDS = GEO_KINDS | {EntityKind.ORG}
PERSONAL_PRONOUNS = frozenset({"он", "она", "они"})
RELATIVE_PRONOUNS = frozenset({"который"})
PRONOUN_GENDER = {"он": "Masc", "она": "Fem"}
# How far back (in sentences) "стороны" and the like look for the sides of an earlier event.
COLLECTIVE_WINDOW = 4
LOCATIVE_PREPOSITIONS = frozenset({"в", "на"})
# Nouns that name a place by its kind, left to context or to a state beside them ("турецкая столица").
COUNT_WORDS = {"три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10}
PLACE_NOUNS = frozenset({"страна", "государство", "столица", "город", "регион", "республика"})


def side_mention(view: SentenceView, i: int) -> LinkedMention | None:
    m = view.mention(i)
    return m if m is not None and m.kind in SIDE_KINDS else None


def conjuncts(view: SentenceView, i: int) -> list[int]:
    """Nominals coordinated with ``i`` ("Путин и Си", "с Ким Чен Ыном и Цой Сон Хи")."""
    out, todo = [], [i]
    while todo:
        j = todo.pop()
        for k in view.kids(j, "conj"):
            if not view.is_verb(k) and k not in out:
                out.append(k)
                todo.append(k)
    return sorted(out)


def parties_at(ctx: DocContext, view: SentenceView, i: int, role: Role, how: str) -> list[Party]:
    """The sides named by the nominal at ``i`` and its conjuncts."""
    out: list[Party] = []
    for j in [i, *conjuncts(view, i)]:
        out.extend(_one(ctx, view, j, role, how if j == i else how + "+conj"))
    return dedupe(out)


def dedupe(parties: Iterable[Party]) -> list[Party]:
    seen: set[str] = set()
    out = []
    for p in parties:
        if p.key not in seen:
            seen.add(p.key)
            out.append(p)
    return out


def _one(ctx: DocContext, view: SentenceView, i: int, role: Role, how: str) -> list[Party]:
    m = side_mention(view, i)
    if m is not None:
        if _spans_coordination(view, i, m):
            # "Главы МИД Бразилии и Аргентины" read as one minister: the coordination makes it several sides
            named = _named_genitive(ctx, view, i, role, how)
            if named:
                return named
        return [Party.of(m, role, how)]
    named_person = _apposed_person(view, i)
    if named_person is not None:
        found = [Party.of(named_person, role, how + "+appos")]
        # "Лидеры двух стран — Владимир Путин и Си Цзиньпин —": the apposition may be coordinated
        at = next((k for k in view.kids(i) if view.mention(k) is named_person), -1)
        for k in conjuncts(view, at) if at >= 0 else []:
            m = side_mention(view, k)
            if m is not None:
                found.append(Party.of(m, role, how + "+appos+conj"))
        return dedupe(found)
    lemma = view.lemma(i)
    if view.pos(i) == "PRON" and lemma in PERSONAL_PRONOUNS:
        if lemma == "они":
            return collective_sides(ctx, view, i, ("person", "state"), role)
        found = antecedent(ctx, view, i)
        return [found.with_role(role, how + "+pronoun")] if found else []
    if lemma in RELATIVE_PRONOUNS:
        noun = relative_antecedent(view, i)
        return _one(ctx, view, noun, role, how + "+relative") if noun >= 0 else []
    plural = view.feat(i, "Number") == "Plur" or _has_both(view, i)
    if lemma in ctx.lexicon.crowds:
        return []
    if plural or lemma in ctx.lexicon.representatives:
        # "главы государств России и КНДР", "президенты России, Ирана и Турции": the states are named
        named = _named_genitive(ctx, view, i, role, how)
        if named:
            return named
    if plural:
        count = _stated_count(view, i)
        for entry in ctx.lexicon.collectives_for(lemma):
            if all(view.holds(i, r) for r in entry.requires):
                found = collective_sides(ctx, view, i, entry.kinds, role)
                # "президенты 50 стран": not the pair of states told before
                return found if count is None or len(found) == count else []
    return []


def relative_antecedent(view: SentenceView, i: int) -> int:
    """The noun "который" at ``i`` stands for: the one its clause modifies. The parser may hang the clause
    on the title, on its apposed name, on a word inside the clause itself, or not at all (a second root,
    "будет" as head); then the noun is the one just before the comma that opens the clause."""
    clause = _clause_of(view, i)
    noun = view.head(clause) if clause >= 0 and view.rel(clause) == "acl:relcl" else -1
    if 0 <= noun < i and not view.is_verb(noun):
        return noun
    return _noun_before_clause(view, i)


def _clause_of(view: SentenceView, i: int) -> int:
    """The head of the clause a relative word belongs to: its verb, through "с которым", "визит которого"."""
    node = view.head(i)
    while node >= 0 and not view.is_verb(node) and view.rel(node) != "acl:relcl":
        node = view.head(node)
    return node


def _noun_before_clause(view: SentenceView, i: int) -> int:
    """The antecedent by position: the noun phrase ending just before ", (с) который", climbed from its
    last word to the word it hangs on; the first that agrees with the pronoun in number and gender wins,
    a person before a thing ("глава министерства страны, который" is the minister)."""
    j = i - 1
    while j >= 0 and view.pos(j) == "ADP":
        j -= 1
    if j < 0 or view.pos(j) != "PUNCT":
        return -1
    while j >= 0 and view.pos(j) == "PUNCT":
        j -= 1
    path: list[int] = []
    while 0 <= j < i and j not in path and view.pos(j) in ("NOUN", "PROPN", "PRON"):
        path.append(j)
        j = view.head(j)
    if path:
        # the parser may hang the phrase's last word elsewhere: the words of the noun phrase before it count
        # too ("Министр иностранных дел Литвы, который" with "Литвы" hung on a later word)
        k = path[0] - 1
        while k >= 0 and view.pos(k) in ("NOUN", "PROPN", "ADJ") and k not in path:
            if view.pos(k) != "ADJ":
                path.append(k)
            k -= 1
    agreeing = [k for k in path if _agrees(view, k, i)]
    people = [k for k in agreeing if view.feat(k, "Animacy") == "Anim" or _is_person(view, k)]
    return (people or agreeing or [-1])[0]


def _agrees(view: SentenceView, noun: int, pronoun: int) -> bool:
    for feat in ("Number", "Gender"):
        a, b = view.feat(noun, feat), view.feat(pronoun, feat)
        if a and b and a != b and not (feat == "Gender" and view.feat(pronoun, "Number") == "Plur"):
            return False
    return True


def _is_person(view: SentenceView, i: int) -> bool:
    m = view.mention(i)
    return m is not None and m.kind == EntityKind.PERSON


def _apposed_person(view: SentenceView, i: int) -> LinkedMention | None:
    """The name in apposition to a title, also one a genitive deeper:
    "министр ... Сергей Лавров", "заместителем министра иностранных дел Андреем Руденко".
    An apposition follows its title: words before it belong elsewhere."""
    after = [k for k in view.kids(i) if k > i]
    for k in after:
        m = side_mention(view, k)
        if m is not None and view.rel(k) in ("appos", "flat", "flat:name"):
            return m
    for k in after:
        if view.rel(k) != "nmod" or view.preposition(k) or view.feat(k, "Case") != "Gen":
            continue
        if side_mention(view, k) is None:
            for g in view.kids(k, "appos"):
                m = side_mention(view, g)
                if m is not None and m.kind == EntityKind.PERSON:
                    return m
    for k in after:
        m = side_mention(view, k)
        if (
            m is not None
            and view.rel(k) == "nmod"
            and m.kind == EntityKind.PERSON
            and view.feat(k, "Case") != "Gen"
        ):
            return m
    return None


def _spans_coordination(view: SentenceView, i: int, m: LinkedMention) -> bool:
    """A conjunct inside the phrase of ``i`` that falls outside the mention ``m``."""
    for j in view.subtree(i):
        if view.rel(j) == "conj" and view.head(j) != i and view.tokens[j].start >= m.mention.end:
            return True
    return False


def _named_genitive(ctx: DocContext, view: SentenceView, i: int, role: Role, how: str) -> list[Party]:
    """States or organisations named in the genitive of a plural or representative noun, two levels deep:
    several coordinated ones first, else one bloc ("лидеры стран БРИКС") or, under a singular, one state."""
    single: list[Party] = []
    for k in view.kids(i, "nmod", "amod"):
        for j in [k, *view.kids(k, "nmod")]:
            m = side_mention(view, j)
            if m is None or view.preposition(j):
                continue
            # a person here is the office holder the resolver read over a state's name ("президентов России")
            if m.kind not in (EntityKind.STATE, EntityKind.ORG) and m.mention.source != "role":
                continue
            found = parties_at(ctx, view, j, role, how + "+named")
            if len(found) >= 2:
                return found
            if found and not single and (found[0].kind == EntityKind.ORG or view.feat(i, "Number") != "Plur"):
                single = found
    return single


def _stated_count(view: SentenceView, i: int) -> int | None:
    """How many sides a plural reference says it has, when more than two: "президенты 50 стран",
    "главы трех государств"."""
    for k in [i, *view.kids(i, "nmod")]:
        for n in view.kids(k, "nummod", "nummod:gov"):
            word = view.lemma(n)
            count = int(word) if word.isdigit() else COUNT_WORDS.get(word)
            if count is not None and count > 2:
                return count
    return None


def _has_both(view: SentenceView, i: int) -> bool:
    return any(view.lemma(k) in ("оба", "обе", "два", "две") for k in view.kids(i))


def antecedent(ctx: DocContext, view: SentenceView, i: int) -> Party | None:
    """The person an "он"/"она" stands for: among earlier people of its gender (skipping the subject of
    this clause when the pronoun is not the subject), a subject pronoun takes the latest subject of this
    or the previous sentence ("Алиев прилетел ..., он успел провести переговоры с Пашиняном. ... заявил
    он"), any other pronoun the nearest person."""
    offset = view.tokens[i].start
    skip: set[str] = set()
    if view.rel(i) not in SUBJECT_RELS:
        verb = view.head(i)
        for s in view.kids(verb, "nsubj") if verb >= 0 else []:
            m = side_mention(view, s)
            skip.update({m.entity_id} if m else {p.entity_id or "" for p in _names_under(view, s)})
    gender = PRONOUN_GENDER.get(view.lemma(i))
    people = (m for m in ctx.mentions_before(offset)
              if m.kind == EntityKind.PERSON and m.entity_id not in skip and _gender_ok(ctx, m, gender))
    nearest = next(people, None)
    if nearest is not None and view.rel(i) in SUBJECT_RELS:
        floor = ctx.views[view.index - 1].sentence.start if view.index > 0 else view.sentence.start
        for m in itertools.chain([nearest], people):
            if m.mention.start < floor:
                break
            if _is_subject(ctx, m):
                return Party.of(m, Role.PARTICIPANT, "pronoun+subject")
    return Party.of(nearest, Role.PARTICIPANT, "pronoun") if nearest is not None else None


def _is_subject(ctx: DocContext, m: LinkedMention) -> bool:
    """The mention is the subject of its clause, itself or as the name apposed to a subject title."""
    found = ctx.locate(m.mention.start)
    if found is None or not found[0].parsed:
        return False
    v, j = found
    for _ in range(3):
        if v.rel(j) in SUBJECT_RELS:
            return True
        if v.rel(j) not in ("appos", "flat", "flat:name", "nmod") or v.head(j) < 0:
            return False
        j = v.head(j)
    return False


def _gender_ok(ctx: DocContext, m: LinkedMention, gender: str | None) -> bool:
    """False only when the name's words all say the other gender, two of them at least ("Анналена Бербок"
    is not "он"): one word alone, a foreign surname, is too often tagged either way."""
    if gender is None:
        return True
    found = ctx.locate(m.mention.start)
    if found is None:
        return True
    v, j = found
    genders = []
    while j < len(v) and v.tokens[j].end <= m.mention.end:
        if v.pos(j) == "PROPN" and v.feat(j, "Gender"):
            genders.append(v.feat(j, "Gender"))
        j += 1
    return len(genders) < 2 or len(set(genders)) > 1 or genders[0] == gender


def _names_under(view: SentenceView, i: int) -> list[Party]:
    out = []
    for k in view.subtree(i):
        m = side_mention(view, k)
        if m is not None:
            out.append(Party.of(m, Role.PARTICIPANT))
    return out


def collective_sides(
    ctx: DocContext, view: SentenceView, i: int, kinds: tuple[str, ...], role: Role
) -> list[Party]:
    """The sides in context for a plural reference: an earlier event's sides, else a coordinated pair."""
    start, end = view.tokens[i].start, view.tokens[i].end
    for kind in kinds:
        found = (
            _from_history(ctx, view.index, kind)
            or _from_pairs(ctx, view, start, kind)
            or (_recent_people(ctx, view, start) if kind == "person" else [])
        )
        if found:
            return [Party(p.name, p.entity_id, p.kind, role, start, end, "collective") for p in found]
    return []


def _kind_ok(party: Party, kind: str) -> bool:
    if kind == "any":
        return True
    if kind == "state" and party.kind == EntityKind.LOCATION:
        return True  # a place the knowledge base could not type: more likely a state than a person
    return party.kind is not None and party.kind.value == kind


def _from_history(ctx: DocContext, sentence: int, kind: str) -> list[Party]:
    for cand in reversed(ctx.history):
        if sentence - cand.sentence > COLLECTIVE_WINDOW:
            break
        if cand.background:
            continue
        sides = dedupe(p for p in cand.parties if p.role != Role.DESTINATION and _kind_ok(p, kind))
        if len(sides) >= 2:
            return sides
    return []


def in_participle(view: SentenceView, i: int) -> bool:
    """Told inside a participle phrase ("договоренностей, достигнутых в ходе встреч глав государств"):
    background, so "стороны", "министры" later in the text are not its sides."""
    return view.parsed and any(view.rel(j) == "acl" for j in [i, *view.ancestors(i)])


def _from_pairs(ctx: DocContext, view: SentenceView, before: int, kind: str) -> list[Party]:
    """The last two or more coordinated mentions of the wanted kind, in this or an earlier sentence (people
    not from a participle phrase)."""
    for v in reversed(ctx.views[: view.index + 1]):
        if not v.parsed:
            group = _surface_pair(v, before, kind)
            if group:
                return group
            continue
        for i in reversed(range(len(v))):
            if v.tokens[i].start >= before or v.rel(i) == "conj" or side_mention(v, i) is None:
                continue
            if kind == "person" and in_participle(v, i):
                continue    # people of a contact told in passing ("достигнутых в ходе встречи X и Y")
            group = dedupe(p for j in [i, *conjuncts(v, i)] for p in _one_plain(v, j))
            if len(group) >= 2 and all(_kind_ok(p, kind) for p in group):
                return group
    return []


def _surface_pair(view: SentenceView, before: int, kind: str) -> list[Party]:
    """"России и КНДР" in a sentence left unparsed: mentions of the wanted kind joined by "и" or a comma."""
    found: list[Party] = []
    run: list[Party] = []
    last_end = -1
    for i in range(len(view)):
        if view.tokens[i].start >= before:
            break
        m = side_mention(view, i)
        if m is not None and _kind_ok(Party.of(m, Role.PARTICIPANT), kind):
            if m.mention.start != last_end and run and not _joined(view, last_end, m.mention.start):
                run = []
            if not run or run[-1].key != Party.of(m, Role.PARTICIPANT).key:
                run.append(Party.of(m, Role.PARTICIPANT, "pair"))
            last_end = m.mention.end
            if len(dedupe(run)) >= 2:
                found = dedupe(run)
        elif m is None and view.tokens[i].text not in ("и", ","):
            run, last_end = [], -1
    return found


def _joined(view: SentenceView, end: int, start: int) -> bool:
    between = [t.text for t in view.tokens if end <= t.start and t.end <= start]
    return bool(between) and all(w in ("и", ",") for w in between)


def _recent_people(ctx: DocContext, view: SentenceView, before: int) -> list[Party]:
    """The two people named last, here or in the sentence before ("X сообщил коллеге Y. Главы ...")."""
    floor = ctx.views[view.index - 1].sentence.start if view.index > 0 else view.sentence.start
    people: list[Party] = []
    for m in ctx.mentions_before(before):
        if m.mention.start < floor:
            break
        if m.kind == EntityKind.PERSON and not _told_in_participle(ctx, m):
            people = dedupe([*people, Party.of(m, Role.PARTICIPANT, "recent")])
        if len(people) == 2:
            return people
    return []


def _told_in_participle(ctx: DocContext, m: LinkedMention) -> bool:
    found = ctx.locate(m.mention.start)
    return found is not None and in_participle(*found)


def _one_plain(view: SentenceView, i: int) -> list[Party]:
    m = side_mention(view, i)
    return [Party.of(m, Role.PARTICIPANT, "pair")] if m is not None else []


# -- places


def place_at(view: SentenceView, i: int) -> Party | None:
    """A place named by a locative nominal; a city or state nested in it wins over an organisation
    ("в Музее Победы в Москве" -> Москва)."""
    for k in view.kids(i, "nmod"):
        if view.preposition(k) in LOCATIVE_PREPOSITIONS:
            inner = place_at(view, k)
            if inner is not None and inner.kind in GEO_KINDS:
                return inner
    m = view.mention(i)
    if m is not None and m.kind in PLACE_KINDS:
        return Party.of(m, Role.PARTICIPANT, "locative")
    return None


def location_of(view: SentenceView, nodes: Iterable[int], exclude: Iterable[int] = ()) -> Party | None:
    """The first "в/на + locative" place under any of ``nodes`` (the trigger, then its governors)."""
    skip = set(exclude)
    for node in nodes:
        for k in view.kids(node, "obl", "nmod", "advmod"):
            if k in skip or view.preposition(k) not in LOCATIVE_PREPOSITIONS:
                continue
            if _negated(view, k):
                # "не в Пекине, а в Москве": the place is the one set against it
                k = next((c for c in view.kids(k, "conj") if view.preposition(c) in LOCATIVE_PREPOSITIONS), -1)
                if k < 0:
                    continue
            if view.feat(k, "Case") not in (None, "Loc", "Abl"):
                continue
            place = place_at(view, k)
            if place is not None:
                return place
    return None


def _negated(view: SentenceView, k: int) -> bool:
    """"не в Пекине, а в Москве": the phrase at ``k`` is the one ruled out."""
    words = [j for j in view.subtree(k, stop=("conj", "cc", "punct")) if view.lemma(j) != "не"]
    first = min(words)
    return any(view.lemma(j) == "не" for j in view.kids(k)) or (first > 0 and view.lemma(first - 1) == "не")


def _state_of_place_noun(view: SentenceView, i: int) -> LinkedMention | None:
    """"в турецкую столицу", "в столицу Турции": a place noun with its state named beside it."""
    if view.lemma(i) not in PLACE_NOUNS:
        return None
    for k in view.kids(i, "amod", "nmod"):
        m = view.mention(k)
        if m is not None and m.kind == EntityKind.STATE and not view.preposition(k):
            return m
    return None


def destination_of(view: SentenceView, nodes: Iterable[int]) -> Party | None:
    """Where a visit goes: "в/во/на + accusative" under the trigger or its verb."""
    for node in nodes:
        for k in view.kids(node, "obl", "nmod"):
            if view.preposition(k) in ("в", "на") and view.feat(k, "Case") == "Acc" and not _negated(view, k):
                m = view.mention(k) or _state_of_place_noun(view, k)
                if m is not None and m.kind in PLACE_KINDS:
                    return Party.of(m, Role.DESTINATION, "destination")
    return None


def place_within(place: Party, destination: Party, countries: Mapping[str, str]) -> bool:
    """Whether a visit to ``destination`` can take place at ``place``: the same place, a city of that
    state, a building (an organisation) there, or a city whose state is unknown."""
    if place.key == destination.key or place.kind == EntityKind.ORG:
        return True
    if destination.kind == EntityKind.STATE and place.kind == EntityKind.CITY:
        state = countries.get(place.entity_id or "")
        return state is None or state == destination.entity_id
    return False
