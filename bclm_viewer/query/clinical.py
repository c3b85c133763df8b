"""Clinicians' shorthand in a search box, read with the KB's own vocabularies.

Full-text search alone cannot read ``HER2-``: the tokenizer drops the sign, so ``HER2-`` and
``HER2+`` are one word, and ``M+ Os`` becomes ``m`` and ``os*``, which matches "OS5". This module
reads the typed text as a clinician means it, and nothing here is a hand-written list of
diseases: every name comes from the KB (factors' ``name_fr``, ``name_en`` and synonyms,
measures' ``name_fr`` and ``name_en``, the glossary's terms and meanings):

- a **concept**: a factor or a measure named by any of those names, in French or English, with
  or without accents, plurals or spaces ("bone metastases", "M+ osseuses", "RL hépatique");
- its **level**, when one follows: a sign (``HER2-``, ``HER2 -``, ``HER2 négatif``, ``RH+``,
  ``HR+``), a cut-off (``age > 50``, ``IL < 4 ans``, ``Diam > 35 mm``) or a code (``N0``,
  ``R2``: a letter and a digit as the factor's synonyms write them).

``Concept.relation_to(text)`` then says how a piece of the KB's text relates to what was typed:
the same level, the opposite cut-off, another cut-off, the level not said, or only the opposite
sign (which is not a match: ``RH-`` never presents an RH+ row). ``clinical_search`` runs it.
Nothing here reads SQL beyond the three small vocabularies, and nothing raises on any text.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

# How a row relates to a typed concept, best first. ``REJECT``: the row only names the factor
# with the other sign or code; ``NONE``: it does not name the concept at all.
EXACT, OPPOSITE, OTHER, UNSTATED, REJECT, NONE = range(6)
# ``SearchHit.relation`` of each (``""``: a plain match).
RELATION_WORDS = {EXACT: "", OPPOSITE: "opposite", OTHER: "other", UNSTATED: "unstated"}

_STOP = frozenset("a au aux d de des du en et l la le les of the and in".split())
_SIGN_WORDS = {"positif": "+", "positive": "+", "pos": "+", "negatif": "-", "negative": "-",
               "neg": "-"}
_OP_WORDS = {"over": ">", "above": ">", "sup": ">", "superieur": ">", "superieure": ">",
             "under": "<", "below": "<", "inf": "<", "inferieur": "<", "inferieure": "<"}
_UNITS = {"mm": "mm", "cm": "cm", "an": "an", "ans": "an", "year": "an", "years": "an",
          "y": "an", "mois": "mois", "month": "mois", "months": "mois"}
_CODE = re.compile(r"[a-z]\d")
# A typed text is read as tokens: "M+" (metastases), numbers, words, comparison signs, signs.
# A hyphen between two word characters joins ("extra-hépatique", "disease-free"), it is no sign.
_TOKEN = re.compile(
    r"(?P<m>(?<![^\W_])[mM]\s?\+)|(?P<num>\d+(?:[.,]\d+)?)|(?P<word>[^\W\d_][^\W_]*)"
    r"|(?P<op><=|>=|[<>≤≥])|(?P<sign>(?<![^\W_])[+]|[+]|(?<![^\W_])[-−–]|[-−–](?![^\W_]))"
)
_PAREN = re.compile(r"\(([^()]*)\)")
# A level in the KB's text, just after a name: a sign, a sign word, or a comparison and number.
_LEVEL = re.compile(
    r"\s*[(:]?\s*(?:(?P<sign>[+\-−–](?![^\W_]))|-?\s*(?P<word>positi\w*|negati\w*|pos|neg)\b"
    r"|(?P<op><=|>=|[<>≤≥]|over|above|under|below)\s*(?P<num>\d+(?:[.,]\d+)?)"
    r"\s*(?P<unit>mm|cm|ans?|years?|y|mois|months?)?\b)"
)
MAX_PHRASE = 7


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Lower case, without accents (what the index's tokenizer also ignores)."""
    if text.isascii():
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFD", text)).lower()


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


@dataclass(frozen=True)
class Level:
    """A level after a factor's name: a sign, a cut-off or a code."""

    kind: str  # "sign" | "cutoff" | "code"
    sign: str = ""  # "+" | "-"
    op: str = ""  # ">" | "<"
    value: float = 0.0
    unit: str = ""
    code: str = ""  # "n0", "r2"

    def relation(self, other: Level | None) -> int:
        """How a level met in the KB (``other``) relates to this typed one."""
        if other is None or other.kind != self.kind:
            return UNSTATED
        if self.kind == "sign":
            return EXACT if other.sign == self.sign else REJECT
        if self.kind == "code":
            return EXACT if other.code == self.code else REJECT
        same_value = other.value == self.value and (not self.unit or not other.unit
                                                    or self.unit == other.unit)
        if same_value:
            return EXACT if other.op == self.op else OPPOSITE
        return OTHER

    def text(self) -> str:
        if self.kind == "sign":
            return self.sign
        if self.kind == "code":
            return self.code.upper()
        value = f"{self.value:g}".replace(".", ",")
        unit = {"an": "ans"}.get(self.unit, self.unit)
        return f" {self.op} {value}" + (f" {unit}" if unit else "")


def _level_of(match: re.Match[str]) -> Level | None:
    if match["sign"]:
        return Level("sign", sign="-" if match["sign"] in "-−–" else "+")
    if match["word"]:
        return Level("sign", sign="+" if match["word"].startswith("pos") else "-")
    if match["op"]:
        try:
            value = float(match["num"].replace(",", "."))
        except ValueError:  # pragma: no cover - the pattern only lets digits through
            return None
        op = match["op"]
        op = ">" if op in (">", ">=", "≥", "over", "above") else "<"
        return Level("cutoff", op=op, value=value, unit=_UNITS.get(match["unit"] or "", ""))
    return None


def level_in(text: str, start: int = 0) -> Level | None:
    """The level written at ``start`` of ``text`` (folded), if any: "-", " négatif", "> 50"."""
    m = _LEVEL.match(text, start)
    return None if m is None else _level_of(m)


Target = tuple[str, str]  # ("factor", id) | ("measure", id)


@dataclass
class Vocabulary:
    """The KB's names, ready to read typed text and to find mentions in rows."""

    phrases: dict[tuple[str, ...], set[Target]] = field(default_factory=dict)
    fts_phrases: dict[Target, list[str]] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # "m+" -> "metastase"
    codes: dict[str, str] = field(default_factory=dict)  # "r0" -> factor id
    short_caps: set[str] = field(default_factory=set)  # heads to read in capitals: "IL", "RH"
    names: dict[Target, str] = field(default_factory=dict)  # French display name
    memo: dict[tuple[object, ...], int] = field(default_factory=dict)  # Concept.relation_to
    _mention_re: dict[Target, re.Pattern[str] | None] = field(default_factory=dict)
    _caps_re: dict[Target, re.Pattern[str] | None] = field(default_factory=dict)

    # ----- building ------------------------------------------------------------------------
    def words(self, text: str) -> tuple[str, ...]:
        """``text``'s name words: folded, singular, aliases resolved, small words left out."""
        out = []
        for m in _TOKEN.finditer(text):
            if m["m"]:
                word = "m+"
            elif m["word"] or m["num"]:
                word = _stem(fold(m["word"] or m["num"]))
            else:
                continue
            word = self.aliases.get(word, word)
            if word and word not in _STOP:
                out.append(word)
        return tuple(out)

    def add(self, target: Target, text: str, *, fts: bool = True) -> None:
        """Register ``text`` (a name of ``target``) without its level and parentheses."""
        text = text.strip()
        if not text:
            return
        cut = _LEVEL_TAIL.search(_mask_m(text))
        head = text[: cut.start()] if cut else text
        words = self.words(head)
        if not words or len(words) > MAX_PHRASE:
            return
        if any(w in self.codes for w in words):
            return  # "R0", "résection R0", "N0/ N1": codes are read by ``codes``
        self.phrases.setdefault(words, set()).add(target)
        if fts:
            own = self.fts_phrases.setdefault(target, [])
            if head.strip() not in own:
                own.append(head.strip())
        bare = head.strip()
        if len(bare) <= 3 and bare.isascii() and bare.isalpha() and bare.isupper():
            self.short_caps.add(bare)

    # ----- reading typed text --------------------------------------------------------------
    def read(self, text: str) -> tuple[list[Concept], str]:
        """The concepts named in ``text`` and what is left of it (plain words)."""
        tokens = list(_TOKEN.finditer(text))
        concepts: list[Concept] = []
        rest: list[tuple[int, int]] = []
        i = 0
        while i < len(tokens):
            found = self._phrase_at(text, tokens, i)
            if found is None:
                tok = tokens[i]
                rest.append((tok.start(), tok.end()))
                i += 1
                continue
            concept, i = found
            concepts.append(concept)
        leftover = " ".join(text[a:b] for a, b in rest
                            if not all(not ch.isalnum() for ch in text[a:b]))
        return concepts, leftover

    def _phrase_at(self, text: str, tokens: list[re.Match[str]],
                   i: int) -> tuple[Concept, int] | None:
        # The words from token i on (small words skipped inside a name), longest name first.
        words: list[tuple[str, int]] = []  # (word, index of the token after it)
        j = i
        while j < len(tokens) and len(words) < MAX_PHRASE:
            tok = tokens[j]
            if tok["m"]:
                word = "m+"
            elif tok["word"] or tok["num"]:
                word = _stem(fold(tok["word"] or tok["num"]))
            else:
                break
            word = self.aliases.get(word, word)
            j += 1
            if word in _STOP:
                if not words:
                    return None
                continue
            words.append((word, j))
        if not words:
            return None
        first = tokens[i]
        code = words[0][0]
        if code in self.codes and (first["word"] or "").isalnum():
            factor = self.codes[code]
            return self._concept([("factor", factor)], first.start(), first.end(),
                                 Level("code", code=code)), words[0][1]
        for n in range(len(words), 0, -1):
            key = tuple(w for w, _ in words[:n])
            targets = self.phrases.get(key)
            if not targets:
                continue
            end_tok = words[n - 1][1]
            raw = text[first.start(): tokens[end_tok - 1].end()]
            if (n == 1 and raw in {s.lower() for s in self.short_caps}
                    and raw not in self.short_caps):
                # "il", "rh" typed in lower case: a French word, unless a level follows
                if level_in(fold(text), tokens[end_tok - 1].end()) is None:
                    continue
            end = tokens[end_tok - 1].end()
            level = None
            m = _LEVEL.match(fold(text), end)
            if m is not None and any(t[0] == "factor" for t in targets):
                level = _level_of(m)
                if level is not None:
                    end = m.end()
                    while end_tok < len(tokens) and tokens[end_tok].start() < end:
                        end_tok += 1
            return self._concept(sorted(targets), first.start(), end, level), end_tok
        return None

    def _concept(self, targets: list[Target], start: int, end: int,
                 level: Level | None) -> Concept:
        factors = [t for t in targets if t[0] == "factor"]
        if level is not None:
            targets = factors[:1]  # a level belongs to a factor
        return Concept(tuple(targets), level, (start, end), self)

    # ----- mentions in the KB's text ---------------------------------------------------------
    def _patterns(self, target: Target) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        if target not in self._mention_re:
            folded, caps = [], []
            for key, targets in self.phrases.items():
                if target not in targets:
                    continue
                raw = next((p for p in self.fts_phrases.get(target, ())
                            if self.words(p) == key), "")
                if raw in self.short_caps:
                    caps.append(re.escape(raw))
                else:
                    folded.append(_phrase_pattern(key, self.aliases))
            self._mention_re[target] = (re.compile(
                r"(?<![^\W_])(?:" + "|".join(sorted(folded, key=len, reverse=True))
                + r")(?![^\W_])") if folded else None)
            self._caps_re[target] = (re.compile(
                r"(?<![^\W_])(?:" + "|".join(caps) + r")(?![^\W_])") if caps else None)
        return self._mention_re[target], self._caps_re[target]


# The start of a level in a name as the KB writes it ("HER2 -", "Age < 50", "IL (< 4 ans)").
_LEVEL_TAIL = re.compile(
    r"\s*\(?\s*(?:[+\-−–](?![^\W_])|<|>|≤|≥)|\s+(?:positi|negati|négati)\w*", re.IGNORECASE)


def _within(small: tuple[str, ...], big: tuple[str, ...]) -> bool:
    n = len(small)
    return any(big[i:i + n] == small for i in range(len(big) - n + 1))


def _mask_m(text: str) -> str:
    """``text`` with the "+" of "M+" (metastases, not a sign) masked, same length."""
    return re.sub(r"(?<![^\W_])[Mm]\s?\+", lambda m: m[0].replace("+", "#"), text)


def _phrase_pattern(words: tuple[str, ...], aliases: dict[str, str]) -> str:
    """A regex over folded text for the name ``words`` (plurals, aliases, small words)."""
    sources: dict[str, list[str]] = {}
    for alias, word in aliases.items():
        sources.setdefault(word, []).append(alias)
    parts = []
    for w in words:
        forms = [re.escape(w) + r"[sx]?"] + [re.escape(a).replace(r"\+", r"\s?\+")
                                            for a in sources.get(w, ())]
        parts.append("(?:" + "|".join(forms) + ")")
    gap = r"(?:[\W_]|(?<![^\W_])(?:" + "|".join(sorted(_STOP)) + r")(?![^\W_]))*?"
    return gap.join(parts)


@dataclass(frozen=True)
class Concept:
    """One recognised token of the typed text: a factor (maybe with a level) or measures."""

    targets: tuple[Target, ...]
    level: Level | None
    span: tuple[int, int]
    vocabulary: Vocabulary = field(compare=False, hash=False, repr=False)

    @property
    def factor_id(self) -> str | None:
        return next((i for kind, i in self.targets if kind == "factor"), None)

    @property
    def measure_ids(self) -> tuple[str, ...]:
        return tuple(i for kind, i in self.targets if kind == "measure")

    def needs_reading(self) -> bool:
        """True when full-text search alone cannot tell a match (a level, or a name that must
        be read in capitals, "IL" beside the French "il")."""
        if self.level is not None:
            return True
        return any(p in self.vocabulary.short_caps for t in self.targets
                   for p in self.vocabulary.fts_phrases.get(t, ()))

    def fts(self) -> str:
        """An FTS5 expression that every row naming the concept matches (a superset)."""
        phrases: list[str] = []
        for target in self.targets:
            phrases += self.vocabulary.fts_phrases.get(target, [])
        if self.level is not None and self.level.kind == "code":
            phrases.append(self.level.code.upper())
        # A name holding another ("Statut HER2" holds "HER2") adds no match to an OR: one
        # phrase left goes the fast way of one-word filters (``working_set``).
        tokens = {p: tuple(re.findall(r"[^\W_]+", fold(p))) for p in phrases}
        # A long name with small words ("survie globale à 5 ans") costs the full-text index a
        # pass over the doclists of "à" and "5": the concept's short names find its rows.
        short = [p for p in phrases if len(tokens[p]) <= 3 or not _STOP & set(tokens[p])]
        phrases = short or phrases
        kept = [p for p in dict.fromkeys(phrases) if tokens[p] and not any(
            q != p and tokens[q] and tokens[q] != tokens[p] and _within(tokens[q], tokens[p])
            for q in phrases)]
        kept = list({tokens[p]: p for p in reversed(kept)}.values())[::-1]
        quoted = dict.fromkeys('"' + p.replace('"', '""') + '"' for p in kept)
        return "(" + " OR ".join(quoted) + ")" if quoted else '""'

    def label(self) -> str:
        """"Statut HER2 = HER2-", "Âge = > 50", "OS5 (survie globale à 5 ans)"."""
        name = self.vocabulary.names.get(self.targets[0], self.targets[0][1]) if self.targets \
            else ""
        return name if self.level is None else f"{name} = {self.level_text()}"

    def level_text(self) -> str:
        if self.level is None:
            return ""
        if self.level.kind == "code":
            return self.level.code.upper()
        heads = self.vocabulary.fts_phrases.get(self.targets[0], []) if self.targets else []
        short = min((h for h in heads if len(h) <= 6), key=len, default="")
        return (short + self.level.text()).strip()

    def relation_to(self, text: str) -> int:
        """How ``text`` (a row of the KB, or a finding's level) relates to this concept: the
        best of its mentions; ``NONE`` when it names none of the concept's targets."""
        memo = self.vocabulary.memo  # a large KB repeats its titles and short quotes
        key = (self.targets, self.level, text)
        known = memo.get(key)
        if known is None:
            known = self._relation(text)
            if len(memo) > 20_000:
                memo.clear()
            memo[key] = known
        return known

    def _relation(self, text: str) -> int:
        if self.level is not None and self.level.kind == "code":
            return self._code_relation(text)
        folded = fold(text)
        best = NONE
        for target in self.targets:
            plain, caps = self.vocabulary._patterns(target)
            for pattern, source in ((plain, folded), (caps, text)):
                if pattern is None:
                    continue
                for m in pattern.finditer(source):
                    if self.level is None:
                        return EXACT
                    rel = self.level.relation(level_in(folded, m.end()))
                    best = min(best, rel)
                    if best == EXACT:
                        return EXACT
        return best

    def _code_relation(self, text: str) -> int:
        assert self.level is not None
        letter = self.level.code[0]
        best = NONE
        for m in re.finditer(rf"(?<![^\W_]){letter.upper()}(\d)(?![^\W_])", text):
            best = min(best, EXACT if f"{letter}{m[1]}" == self.level.code else REJECT)
        return best


def load_vocabulary(con: sqlite3.Connection) -> Vocabulary:
    """The vocabulary of the KB behind ``con`` (three small tables, read once)."""
    v = Vocabulary()
    glossary = [(str(t), str(fr or ""), str(en or "")) for t, fr, en in con.execute(
        "SELECT term, meaning_fr, meaning_en FROM glossary ORDER BY sort_order, term")]
    factors = con.execute("SELECT id, name_fr, name_en, synonyms FROM factors").fetchall()
    measures = con.execute("SELECT id, name_fr, name_en FROM measures").fetchall()
    for fid, _fr, _en, syn in factors:
        for s in _synonyms(syn):
            for code in re.findall(r"(?<![^\W_])([A-Za-z]\d)(?![^\W_])", s):
                v.codes[fold(code)] = str(fid)
    letters = {c[0]: f for c, f in v.codes.items()}
    for term, _fr, _en in glossary:  # R1 is a code of the factor that writes R0 and R2
        t = fold(term)
        if _CODE.fullmatch(t) and t[0] in letters:
            v.codes.setdefault(t, letters[t[0]])
    # A one-word abbreviation of one word, written inside the KB's names ("M+" in "M+ Os" is
    # métastases, "Hepat" in "M+ extra hepat" hépatique), reads as that word.
    inner: set[str] = set()
    for _id, fr, en, syn in factors:
        for name in [str(fr), str(en), *_synonyms(syn)]:
            words = [fold(w) for w in re.findall(r"[^\W\d_]+\+?|\d+", name)]
            if len(words) > 1:
                inner.update(words)
    for term, fr, _en in glossary:
        main = _main(fr)
        t = fold(term)
        if t in inner and re.fullmatch(r"[^\W\d_]+\+?", t) and re.fullmatch(r"[^\W\d_]+", main):
            key = t if t.endswith("+") else _stem(t)
            if key != _stem(fold(main)):
                v.aliases[key] = _stem(fold(main))
    for fid, fr, en, syn in factors:
        target: Target = ("factor", str(fid))
        v.names[target] = str(fr)
        for name in _names(str(fr)) + _names(str(en)) + _synonyms(syn):
            v.add(target, name)
    for mid, fr, en in measures:
        target = ("measure", str(mid))
        v.names[target] = str(fr)
        for name in (_names(str(fr), abbreviations_only=True)
                     + _names(str(en), abbreviations_only=True)):
            if _specific(name) and not _is_level_name(v, name):
                v.add(target, name)
    # The glossary's meanings name what its terms name ("M+ Os": bone metastases), and an
    # abbreviation of initials has its English one ("RH", récepteurs hormonaux -> "HR").
    for term, fr, en in glossary:
        targets = v.phrases.get(v.words(term))
        if not targets or _LEVEL_TAIL.search(_mask_m(term)):
            continue
        for target in sorted(targets):
            for meaning in (_main(fr), _main(en)):
                if meaning and len(v.words(meaning)) <= 5:
                    v.add(target, meaning)
            initials = "".join(w[0] for w in _main(fr).split() if w not in _STOP)
            if fold(initials) == fold(term) and term.isupper():
                english = "".join(w[0] for w in _main(en).split() if w not in _STOP)
                if len(english) > 1:
                    v.add(target, english.upper(), fts=False)
    return v


def _main(text: str) -> str:
    """A meaning without its comment: before a parenthesis, a semicolon or a quote."""
    return re.split(r"[(;«:]", text, maxsplit=1)[0].strip(" ,.")


def _names(name: str, *, abbreviations_only: bool = False) -> list[str]:
    """A name and its short parenthesised forms: "Récepteurs hormonaux (RH)" ->
    ["Récepteurs hormonaux", "RH"] (a measure's: only abbreviations, "OS5", not "as written")."""
    main = _PAREN.sub(" ", name).split(":")[0].strip(" ,")
    out = [main] if main else []
    for inner in _PAREN.findall(name):
        inner = inner.strip()
        if not inner or len(inner.split()) > 3 or "/" in inner or ";" in inner:
            continue
        if abbreviations_only and not (len(inner.split()) == 1 and _specific(inner)):
            continue
        out.append(inner)
    return out


def _synonyms(text: object) -> list[str]:
    if not text:
        return []
    try:
        value = json.loads(str(text))
    except ValueError:
        return [s.strip() for s in str(text).splitlines() if s.strip()]
    return [str(s) for s in value] if isinstance(value, list) else [str(value)]


def _specific(name: str) -> bool:
    """A measure's name specific enough to read as the measure: two words or more, or one
    abbreviation ("OS5", "pCR", "RLH"), not a plain word ("Survie", "Publications")."""
    words = [w for w in re.findall(r"[^\W_]+", name) if fold(w) not in _STOP]
    if len(words) >= 2:
        return True
    if len(words) != 1:
        return False
    w = words[0]
    return any(ch.isdigit() for ch in w) or sum(ch.isupper() for ch in w) >= 2


def _is_level_name(v: Vocabulary, name: str) -> bool:
    """A measure named as a factor's level ("HER2+", "Résection R0"): found through the factor."""
    return bool(_LEVEL_TAIL.search(_mask_m(name))) or any(
        _CODE.fullmatch(w) and w in v.codes for w in v.words(name))


def distinct(items: Iterable[Target]) -> tuple[Target, ...]:
    return tuple(dict.fromkeys(items))
