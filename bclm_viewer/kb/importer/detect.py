"""Candidate figures and findings on a slide, each with its verbatim line.

Figures: every number a line states (``37%``, ``14,2 mois``, ``5-10``, ``< 10``, ``- de 4``,
``2 [0,7 – 7]``), but not a number glued to a word (``OS5``, ``R0``, ``HER2+``, ``2nd``), a
p-value (it goes with the line's figures as ``p``), a citation's year, a period (``84-04``,
``97-2010``) or a number inside a factor's own wording (``Age > 50``). Each figure's measure is
guessed from the nearest vocabulary cue on its line whose unit fits (``%``, ``mois``...), or left
empty. Findings: on a line that names a known factor, once the slide has said "Cox",
"multivarié", "facteurs", "péjoratif", "pronostic", "NS" or "p <" (on that line or above). A
field read from another line than the candidate's own (the effect from a heading, the endpoint
from a table's column) is marked as a reading, with its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bclm_viewer.kb.importer.lines import SlideLine
from bclm_viewer.kb.importer.vocabulary import Vocabulary, fold
from bclm_viewer.kb.values import parse_value

_NUM = r"\d+(?:[.,]\d+)?"
_FIGURE = re.compile(
    rf"(?<![\w.,+\-])(?:"
    rf"(?P<pr>{_NUM}\s*\[\s*{_NUM}\s*[-–]\s*{_NUM}\s*\])"
    rf"|(?P<range>{_NUM}\s*[-–]\s*{_NUM})"
    rf"|(?P<bound>(?:[<>≤≥]|[-+]\s*de\s)\s*{_NUM})"
    rf"|(?P<num>{_NUM})"
    rf")(?![^\W\d_]|°|\d)"
)
_BOUND_START = re.compile(rf"(?:(?<=\s)|(?<=^)|(?<=\())(?:[<>≤≥]|-\s*de\s)\s*{_NUM}(?![^\W\d_]|°)")
_P = re.compile(rf"\bp\s*(?P<op>[:=<>≤≥])\s*(?P<num>[<>]?\s*{_NUM})", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d{2}")
_CUE = re.compile(
    r"\bcox\b|multivari|univari|facteur|\bfact\b|pejorati|pronosti|\bns\s*:|\bp\s*<", re.IGNORECASE
)
_NS = re.compile(r"\bNS\b")
_POOR = re.compile(r"pejorati|mauvais|defavorable|cox\s*-|\bpoor\b", re.IGNORECASE)
_GOOD = re.compile(r"\bfavorable|bon pronostic|\bgood\b", re.IGNORECASE)
_UNIT_WORD = re.compile(r"\s*(mois|ans|an|months|years)\b", re.IGNORECASE)


@dataclass
class Candidate:
    kind: str  # "figure" | "finding"
    slide: int
    source: str  # the verbatim line
    line: int  # index in the slide's lines
    value: str | None = None
    measure: str | None = None
    p: str | None = None
    factor: str | None = None
    level: str | None = None
    effect: str | None = None
    endpoint: str | None = None
    analysis: str | None = None
    readings: dict[str, str] = field(default_factory=dict)
    table_row: tuple[int, int] | None = None


def _is_period(value: str) -> bool:
    m = re.fullmatch(rf"({_NUM})\s*[-–]\s*({_NUM})", value)
    if not m:
        return False
    low, high = m[1], m[2]
    if "," in low + high or "." in low + high:
        return False
    return bool(_YEAR.fullmatch(high) or _YEAR.fullmatch(low) or int(low) > int(high))


def _p_value(match: re.Match[str]) -> str:
    num = " ".join(match["num"].split())
    return num if match["op"] in ":=" else f"{match['op']}{num}"


def _unit(line: str, end: int) -> str:
    rest = line[end:]
    if rest.lstrip().startswith("%"):
        return "%"
    m = _UNIT_WORD.match(rest)
    if m:
        word = m[1].lower()
        return {"months": "mois", "years": "ans", "an": "/an"}.get(word, word)
    return ""


def _fits(unit: str, measure_unit: str, line: str) -> bool:
    if measure_unit == "%":
        return unit == "%"
    if unit == "%":
        return False
    if measure_unit in ("mois", "ans"):
        return unit == measure_unit
    if measure_unit == "/an":
        return "/an" in line or "annum" in line or "par an" in line or unit == "/an"
    return unit not in ("mois", "ans")


def _guess_measure(
    vocab: Vocabulary, line: str, cues: list[tuple[int, int, str]], start: int, end: int,
    next_start: int,
) -> str | None:
    unit = _unit(line, end)
    best: tuple[int, int, str] | None = None
    for c_start, c_end, target in cues:
        info = vocab.measures.get(target)
        if info is None or not _fits(unit, info.unit, line):
            continue
        if c_end <= start:
            distance = start - c_end
        elif c_start >= end and c_end <= next_start:
            distance = c_start - end
        else:
            continue
        key = (distance, -(c_end - c_start), target)
        if best is None or key < best:
            best = key
    if best is not None:
        return best[2]
    if unit in ("mois", "ans"):
        fitting = [m.id for m in vocab.measures.values() if m.unit == unit]
        if len(fitting) == 1:
            return fitting[0]
    return None


def _excluded_spans(line: str, factor_hits: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in _P.finditer(line)]
    spans += [(s, e) for s, e, _ in factor_hits if any(ch.isdigit() for ch in line[s:e])]
    return spans


def _figures(
    line: SlideLine, number: int, index: int, vocab: Vocabulary, excluded: list[tuple[int, int]],
    p: str | None,
) -> list[Candidate]:
    text = line.text
    folded = fold(text)
    cues = [(s, e, c.target) for s, e, c in vocab.matches(vocab.measure_cues, text, folded)]
    found: list[tuple[int, int, str]] = []
    for m in _FIGURE.finditer(text):
        start, end = m.span()
        value = " ".join(m[0].split())
        if m["bound"] and not _BOUND_START.match(text, start):
            continue
        if any(s <= start < e or s < end <= e for s, e in excluded):
            continue
        if m["num"] and _YEAR.fullmatch(value) and _unit(text, end) != "%":
            continue
        if m["range"] and _is_period(value):
            continue
        try:
            parse_value(value)
        except ValueError:
            continue
        found.append((start, end, m[0].strip()))
    out: list[Candidate] = []
    for k, (start, end, value) in enumerate(found):
        next_start = found[k + 1][0] if k + 1 < len(found) else len(text)
        measure = _guess_measure(vocab, text, cues, start, end, next_start)
        out.append(Candidate("figure", number, text.strip(), index, value=value,
                             measure=measure, p=p, table_row=_row(line)))
    return out


def _row(line: SlideLine) -> tuple[int, int] | None:
    return (line.table, line.row) if line.in_table_body and line.table is not None else None


@dataclass
class _Section:
    """What the slide has said so far that makes a factor line a finding."""

    cue_line: str | None = None
    effect: str | None = None
    effect_line: str | None = None
    analysis: str | None = None
    analysis_line: str | None = None

    def see(self, text: str, heading: bool = False) -> None:
        folded = fold(text)
        if _CUE.search(folded):
            self.cue_line = text.strip()
        if _POOR.search(folded):
            self.effect, self.effect_line = "poor", text.strip()
        elif _GOOD.search(folded):
            self.effect, self.effect_line = "favourable", text.strip()
        if re.search(r"\bcox\b|multivari", folded):
            self.analysis, self.analysis_line = "multivariate", text.strip()
        elif "univari" in folded:
            self.analysis, self.analysis_line = "univariate", text.strip()


def _findings(
    line: SlideLine, number: int, index: int, hits: list[tuple[int, int, str]], section: _Section,
    p: str | None,
) -> list[Candidate]:
    text = line.text
    # a factor named inside another's longer wording ("chirurgie hépatique" in "chirurgie
    # hépatique itérative") is that other factor
    hits = [h for h in hits if not any(
        o[0] <= h[0] and h[1] <= o[1] and o[1] - o[0] > h[1] - h[0] and o[2] != h[2] for o in hits
    )]
    best: dict[str, tuple[int, int]] = {}
    for s, e, target in hits:
        old = best.get(target)
        if old is None or e - s > old[1] - old[0]:
            best[target] = (s, e)
    out: list[Candidate] = []
    own = text.strip()
    for target, (s, e) in sorted(best.items(), key=lambda kv: kv[1]):
        c = Candidate("finding", number, own, index, factor=target, level=text[s:e], p=p,
                      table_row=_row(line))
        if _NS.search(text):
            c.effect = "not significant"
        elif section.effect:
            c.effect = section.effect
            if section.effect_line != own:
                c.readings["effect"] = f"d'après « {section.effect_line} »"
        if section.analysis:
            c.analysis = section.analysis
            if section.analysis_line != own:
                c.readings["analysis"] = f"d'après « {section.analysis_line} »"
        endpoint = re.search(r"(?<![\w])(OS|DFS)(?![\w])", text)
        if endpoint:
            c.endpoint = endpoint[1]
        elif line.column_header in ("OS", "DFS"):
            c.endpoint = line.column_header
            c.readings["endpoint"] = f"colonne « {line.column_header} » du tableau"
        out.append(c)
    return out


def find_candidates(
    number: int, title: str, lines: list[SlideLine], vocab: Vocabulary,
    citation_spans: dict[int, list[tuple[int, int]]],
) -> list[Candidate]:
    """Every candidate on slide ``number`` in line order (figures before findings per line)."""
    section = _Section()
    section.see(title, heading=True)
    out: list[Candidate] = []
    for index, line in enumerate(lines):
        text = line.text
        if not text.strip():
            continue
        if line.column_header:
            section.see(line.column_header)
        section.see(text)
        folded = fold(text)
        factor_hits = [
            (s, e, c.target) for s, e, c in vocab.matches(vocab.factor_cues, text, folded)
        ]
        p_match = _P.search(text)
        p = _p_value(p_match) if p_match else None
        excluded = _excluded_spans(text, factor_hits) + citation_spans.get(index, [])
        out.extend(_figures(line, number, index, vocab, excluded, p))
        if factor_hits and section.cue_line is not None:
            out.extend(_findings(line, number, index, factor_hits, section, p))
    return out
