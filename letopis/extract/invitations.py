"""Invitations: who invited (source) whom (target) where (destination).

Rules:

- ``invitation-verb``: "X пригласил Y посетить Москву", "X пригласил Y в Пекин";
- ``invitation-noun``: "X передал Y приглашение посетить ...".

The invitation itself happened when it was made (its status comes from "пригласил"). The visit it asks
for is found by the visit rules on "посетить", with the invitee as doer and status ``proposed``.
"""

from __future__ import annotations

from letopis.extract.candidate import Candidate, Party, Rejection
from letopis.extract.common import build, genitive_sides, reject, subject_of
from letopis.extract.context import DocContext
from letopis.extract.lexicon import Trigger
from letopis.extract.participants import PLACE_KINDS, dedupe, destination_of, parties_at
from letopis.extract.tree import SentenceView
from letopis.records import Role


def invitation(ctx: DocContext, view: SentenceView, i: int, entry: Trigger) -> Candidate | Rejection:
    if view.pos(i) == "NOUN":
        head = view.head(i)
        hosts = subject_of(ctx, view, head) if head >= 0 else []
        guests = [
            p
            for k in (view.kids(head, "iobj", "obl") if head >= 0 else [])
            if not view.preposition(k) and view.feat(k, "Case") == "Dat"
            for p in parties_at(ctx, view, k, Role.TARGET, "dative")
        ]
        guests += [p.with_role(Role.TARGET) for p in genitive_sides(ctx, view, i)]
        rule = "invitation-noun"
    else:
        hosts = subject_of(ctx, view, i)
        guests = [p for k in view.kids(i, "obj") for p in parties_at(ctx, view, k, Role.TARGET, "object")]
        rule = "invitation-verb"
    destination = invited_destination(view, i)
    hosts = [p.with_role(Role.SOURCE) for p in hosts]
    if not hosts and not guests:
        return reject(view, i, rule, "no one invites and no one is invited")
    parties = dedupe([*hosts, *guests, *([destination] if destination else [])])
    return build(ctx, view, i, entry, parties, rule=f"{rule}:{entry.lemma}")


def invited_destination(view: SentenceView, i: int) -> Party | None:
    """ "посетить Москву" under the invitation, or "в Пекин" on it."""
    for k in view.kids(i, "xcomp", "acl", "nmod", "obl"):
        if view.is_verb(k):
            for o in view.kids(k, "obj"):
                m = view.mention(o)
                if m is not None and m.kind in PLACE_KINDS:
                    return Party.of(m, Role.DESTINATION, "invited-to")
            inner = destination_of(view, [k])
            if inner is not None:
                return inner
    return destination_of(view, [i])
