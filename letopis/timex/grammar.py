"""The grammar of Russian time expressions: named regular-expression rules over the lexicon.

All rules are joined into one alternation so that the text is scanned once. At a given
position the first rule in ``rules()`` order that matches wins, so longer and more specific
rules come first ("18–19 октября 2023 года" before "19 октября", "в июне 2024 года"
before "в июне"). Each rule's groups are prefixed with its name, which lets the match
report which rule fired and which words filled its slots.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from letopis.timex.lexicon import Lexicon

# Years a news text speaks of; a four-digit number outside this range is not read as a year
# unless "год" follows it ("в 1480 году"), see MARKED_YEAR.
YEAR4 = r"(?:1[89]|2[01])\d\d"
MARKED_YEAR = r"(?:1\d|2[01])\d\d"
DASH = r"\s*[-‐‑‒–—]\s*"
# The word "год" after a number, in the forms that follow a single year.
YEAR_WORD = r"(?:годом|году|года|год|г\.|г)(?!\w)"
# ... and in the forms that follow a span of years ("2024–2025 гг.").
YEARS_WORD = r"(?:годами|годах|годам|годов|годы|года|году|год|гг\.|гг|г\.|г)(?!\w)"
# Case endings a numeral takes when written with digits ("2024-го", "2024-м", "27-го").
ORDINAL_SUFFIX = r"(?:-?(?:го|м|й|е|ое))"
# A digit group that is a whole number: not part of a decimal, a phone number, "Ту-154" or "G20".
NUMBER_START = r"(?<![\w.,:/+\-−])"
NUMBER_END = r"(?![\d,.]\d)(?!\d)"
# What follows "накануне" when it means the eve of an event or a date rather than the day before
# publication: a word with a genitive ending ("визита", "переговоров", "80-летия") or a day ("9 мая").
GENITIVE_LIKE = r"(?=\s+(?:(?:\d+-)?[^\W\d_]{2,}(?:а|я|ы|и|ов|ев|ей|ий|ого|его|ых|их)(?!\w)|\d{1,2}\s+\w))"
ADJECTIVE_ENDINGS = ("ий", "ая", "ое", "ие", "ого", "ой", "ому", "ую", "им", "ом", "их", "ими")


def alternation(forms: Iterable[str]) -> str:
    """Forms as one regex, factored into a prefix tree.

    A plain ``a|b|c`` over a hundred forms is tried form by form at every word start; the
    tree rejects a word after its first letters, which keeps the scan fast. Spaces inside
    forms match any whitespace.
    """
    trie: dict[str, dict] = {}
    for form in set(forms):
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie) or "(?!)"


def _trie_regex(node: dict[str, dict]) -> str:
    final = "" in node
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_regex(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if final:
        # Longest first: the optional continuation is tried before stopping here.
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body


@dataclass(frozen=True, slots=True)
class Pieces:
    """Alternations built once from the lexicon, shared by the rules."""

    month_any: str
    month_gen: str
    month_loc: str
    weekday_any: str
    weekday_acc: str
    modifier: str
    period_one: str      # a single week, month or year ("неделе", "года")
    period_counted: str  # any unit with its plural ("дней", "лет")
    period_gen: str      # "года", "месяца", "недели": a period named without a modifier
    numeral: str
    ordinal: str
    part_month: str
    part_year: str
    part_week: str
    relative_day: str
    vague: str
    month_adjective: str
    season_any: str
    season_adverb: str
    weekend: str
    first_word: str      # any word a rule can start with: the scan tries the rules only there


# Function words rules can start with; the rest of the first words come from the lexicon.
LEADING_WORDS = ("в", "во", "на", "с", "со", "до", "к", "за", "через", "накануне")


def build_pieces(lex: Lexicon) -> Pieces:
    months = lex.month_cases
    nouns = set().union(*(forms for case, forms in months.items() if case != "abbr"))
    abbreviations = alternation(months["abbr"]) + r"(?!\w)\.?"
    # A modifier places a week, month or year; "в прошлый день" is not said.
    singular = [form for form in lex.period_singular if lex.periods[form] != "day"]
    adjectives = [stem + ending for stem in lex.month_adjective_stems for ending in ADJECTIVE_ENDINGS]
    return Pieces(
        month_any=f"(?:{alternation(nouns)}(?!\\w)|{abbreviations})",
        month_gen=f"(?:{alternation(months['gen'])}(?!\\w)|{abbreviations})",
        month_loc=alternation(months["loc"]) + r"(?!\w)",
        weekday_any=alternation(lex.weekdays) + r"(?!\w)",
        weekday_acc=alternation(lex.weekday_cases["acc"]) + r"(?!\w)",
        modifier=alternation(lex.modifiers) + r"(?!\w)",
        period_one=alternation(singular) + r"(?!\w)",
        period_counted=alternation(lex.periods) + r"(?!\w)",
        period_gen=r"(?:года|месяца|недели)(?!\w)",
        numeral=alternation([*lex.numerals, "несколько", "нескольких"]) + r"(?!\w)",
        ordinal=alternation(lex.ordinals) + r"(?!\w)",
        part_month=alternation(form for form, part in lex.parts.items() if part.month) + r"(?!\w)",
        part_year=alternation(form for form, part in lex.parts.items() if part.year) + r"(?!\w)",
        part_week=alternation(form for form, part in lex.parts.items() if part.week) + r"(?!\w)",
        relative_day=alternation(lex.relative_days) + r"(?!\w)",
        vague=alternation(lex.vague) + r"(?!\w)",
        # Lowercase only: capitalised month adjectives are mostly names ("Октябрьская площадь").
        month_adjective="(?-i:" + alternation(adjectives) + r")(?!\w)",
        season_any=alternation(lex.seasons) + r"(?!\w)",
        season_adverb=alternation(lex.season_adverbs) + r"(?!\w)",
        weekend=alternation(form for form, unit in lex.periods.items() if unit == "weekend") + r"(?!\w)",
        first_word=alternation(
            {*LEADING_WORDS, *nouns, *months["abbr"], *adjectives, *lex.weekdays, *lex.modifiers,
             *lex.periods, *lex.seasons, *lex.relative_days, *lex.numerals, "несколько", "нескольких"}
            | {phrase.split()[0] for phrase in (*lex.parts, *lex.ordinals, *lex.vague)}
        ) + r"(?!\w)",
    )


def _day(name: str, p: Pieces, first: bool = True) -> str:
    """A day of the month in digits or words; ``first=False`` for the second day of a range,
    which follows a dash the rule itself has matched."""
    start = NUMBER_START if first else ""
    return f"(?:{start}(?P<{name}>[12]\\d|3[01]|0?[1-9]){ORDINAL_SUFFIX}?{NUMBER_END}(?!:)" \
           f"|(?P<{name}w>{p.ordinal}))"


def _year(name: str, p: Pieces) -> str:
    """A year after a day or month: digits with an optional "года", or "прошлого года"."""
    return (f"(?:{NUMBER_START}(?P<{name}>{YEAR4}|{MARKED_YEAR}(?=\\s*{YEAR_WORD}))"
            f"{ORDINAL_SUFFIX}?(?!\\d)(?:\\s*{YEAR_WORD})?"
            f"|(?P<{name}mod>{p.modifier})\\s+(?:года|году|год)(?!\\w)"
            # "с. г." (сего года) and "т. г." (текущего года): this year.
            f"|(?P<{name}this>[ст]\\.\\s?г\\.))")


def _period(p: Pieces) -> str:
    """The period a part or an open range refers to: a month, a year, or a relative period."""
    return (f"(?:(?P<month>{p.month_gen})(?:\\s+{_year('year', p)})?"
            f"|{NUMBER_START}(?P<yearnum>{MARKED_YEAR}){ORDINAL_SUFFIX}?\\s*{YEAR_WORD}"
            f"|(?P<mod>{p.modifier})\\s+(?P<unit>{p.period_one})"
            f"|(?P<bare>{p.period_gen}))")


def rules(p: Pieces) -> list[tuple[str, str]]:
    """(name, pattern) in priority order. The names are what ``Timex.rule`` reports."""
    loc = r"(?:(?:в|во|на)\s+)?"
    return [
        ("iso_date",
         r"(?<![\d\-])(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
         r"(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+\-]\d\d:?\d\d)?)?(?![\d\-])"),
        ("numeric_date",
         r"(?<![\w.,/])(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<m>0[1-9]|1[0-2]|[1-9](?=\.\d{4}))\."
         r"(?P<y>(?:19|20)\d\d|\d\d)(?!\.?\d)(?!,\d)"),
        ("cross_month_range",
         f"(?:\\bс\\s+)?{_day('d1', p)}\\s+(?P<m1>{p.month_gen})(?:\\s+{_year('y1', p)})?"
         f"(?:{DASH}|\\s+(?:по|до)\\s+){_day('d2', p, first=False)}\\s+(?P<m2>{p.month_gen})"
         f"(?:\\s+{_year('y2', p)})?"),
        ("day_range",
         f"(?:\\bс\\s+)?{_day('d1', p)}(?:{DASH}|\\s+(?:по|до|и)\\s+){_day('d2', p, first=False)}"
         f"\\s+(?P<m>{p.month_gen})(?:,?\\s+{_year('y', p)})?"),
        ("day_month",
         f"(?:\\b(?:(?:в|во)\\s+)?{p.weekday_any}\\s*[,—–]?\\s*)?{_day('d', p)}\\s+(?P<m>{p.month_gen})"
         f"(?:,?\\s+{_year('y', p)})?"),
        ("month_range",
         f"\\b(?:(?:в|во|с)\\s+)?(?P<m1>{p.month_any})(?:{DASH}|\\s+(?:по|и)\\s+)(?P<m2>{p.month_any})"
         f"(?:\\s+{_year('y', p)})?"),
        ("open_until", f"\\b(?:до|к)\\s+(?:конца|концу)\\s+{_period(p)}"),
        ("open_since", f"\\bс\\s+начала\\s+{_period(p)}"),
        ("month_part",
         f"\\b{loc}(?P<part>{p.part_month})\\s+(?P<m>{p.month_gen})(?:\\s+{_year('y', p)})?"),
        ("year_part",
         f"\\b{loc}(?P<part>{p.part_year})\\s+"
         f"(?:{NUMBER_START}(?P<y>{MARKED_YEAR}){ORDINAL_SUFFIX}?\\s*{YEAR_WORD}"
         f"|(?P<mod>{p.modifier})\\s+(?:года|году|год)(?!\\w)|года(?!\\w))"),
        ("period_part",
         f"\\b{loc}(?P<part>{p.part_week}|{p.part_month})\\s+(?:(?P<mod>{p.modifier})\\s+)?"
         f"(?P<unit>месяца|недели)(?!\\w)"),
        ("year_range",
         f"\\b{loc}(?:с\\s+)?{NUMBER_START}(?P<y1>{MARKED_YEAR}){ORDINAL_SUFFIX}?(?:\\s*{YEAR_WORD})?"
         f"(?:{DASH}|\\s+(?:по|до)\\s+)(?P<y2>{MARKED_YEAR}|\\d\\d){ORDINAL_SUFFIX}?(?!\\d)\\s*{YEARS_WORD}"),
        ("decade",
         f"\\b(?:(?:в|во)\\s+)?{NUMBER_START}(?P<y>(?:19|20)\\d0)-?(?:х|е|ые|ых)(?!\\w)"
         f"(?:\\s+{YEARS_WORD})?"),
        ("decade_short",
         f"\\b(?:(?:в|во)\\s+)?{NUMBER_START}(?P<y>\\d0)-?(?:х|е|ые|ых)\\s+{YEARS_WORD}"),
        ("month_year", f"\\b(?:(?:в|во)\\s+)?(?P<m>{p.month_any})\\s+{_year('y', p)}"),
        ("season_year", f"\\b(?P<s>{p.season_any})\\s+{_year('y', p)}"),
        ("relative_season", f"\\b(?P<mod>{p.modifier})\\s+(?P<s>{p.season_any})"),
        ("year",
         f"\\b{loc}{NUMBER_START}(?P<y>{MARKED_YEAR})"
         f"(?:-(?:м|го|й)(?!\\w)(?:\\s+(?:году|года|год)(?!\\w))?|\\s*{YEAR_WORD})"),
        # "об этом месяц назад": the pronoun goes with the sentence, the period with "назад".
        ("relative_period",
         f"\\b(?:(?:в|во|на|за)\\s+)?(?P<mod>{p.modifier})\\s+(?P<unit>{p.period_one})(?!\\s+назад)"),
        ("relative_weekday", f"\\b(?:(?:в|во)\\s+)?(?P<mod>{p.modifier})\\s+(?P<wd>{p.weekday_acc})"),
        # Without a count the unit must not follow a number the rule cannot read ("2,5 года").
        ("ago",
         f"\\b(?:(?P<count>{p.numeral})\\s+|{NUMBER_START}(?P<num>\\d{{1,4}})\\s+|(?<![\\d,.]\\s))"
         f"(?P<unit>{p.period_counted})\\s+назад(?!\\w)"),
        # "через неделю после визита" counts from the visit, not from publication.
        ("after_event",
         f"\\bчерез\\s+(?:(?:{p.numeral}|\\d{{1,4}})\\s+)?{p.period_counted}(?=\\s+после(?!\\w))"),
        ("later",
         f"\\bчерез\\s+(?:(?P<count>{p.numeral})\\s+|(?P<num>\\d{{1,4}})\\s+)?(?P<unit>{p.period_counted})"),
        ("relative_day", f"\\b(?P<word>{p.relative_day})"),
        ("eve_of", f"\\bнакануне(?!\\w){GENITIVE_LIKE}"),
        ("eve", r"\bнакануне(?!\w)"),
        ("weekday", f"\\b(?:в\\s+ночь\\s+на|в|во)\\s+(?P<wd>{p.weekday_acc})"),
        ("month", f"\\b(?:в|во)\\s+(?P<m>{p.month_loc})"),
        ("season", f"\\b(?P<s>{p.season_adverb})"),
        # "в выходные дни" is a habit ("по выходным"), not one weekend.
        ("weekend", f"\\b(?:в|на)\\s+{p.weekend}(?!\\s+дн)"),
        ("month_adjective", f"\\b(?P<adj>{p.month_adjective})"),
        ("vague", f"\\b(?P<phrase>{p.vague})"),
    ]


@dataclass(frozen=True, slots=True)
class RuleMatch:
    rule: str
    start: int
    end: int
    text: str
    slots: dict[str, str]   # the rule's filled groups, without the rule prefix


@dataclass(frozen=True, slots=True)
class Grammar:
    """The compiled rules and the lexicon their slots are read with. Build once per process."""

    pattern: re.Pattern[str]
    lexicon: Lexicon

    def matches(self, text: str, start: int = 0, end: int | None = None) -> Iterator[RuleMatch]:
        for match in self.pattern.finditer(text, start, len(text) if end is None else end):
            rule = match.lastgroup or ""
            prefix = rule + "__"
            slots = {
                name[len(prefix):]: value
                for name, value in match.groupdict().items()
                if value is not None and name.startswith(prefix)
            }
            yield RuleMatch(rule, match.start(), match.end(), match.group(), slots)


def _prefixed(rule: str, pattern: str) -> str:
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{rule}__{m.group(1)}>", pattern)


def build_grammar(lex: Lexicon) -> Grammar:
    pieces = build_pieces(lex)
    alternatives = "|".join(f"(?P<{name}>{_prefixed(name, pattern)})" for name, pattern in rules(pieces))
    # Every rule starts a word, with a digit or a word of the lexicon: testing that first
    # skips most positions of a text at the cost of one walk down a prefix tree.
    joined = rf"\b(?=\d|{pieces.first_word})(?:{alternatives})"
    return Grammar(re.compile(joined, re.IGNORECASE), lex)
