"""What each kind of list item presents, read from the KB: a study, a comparison, a deck slide,
the evidence matrix, a chart. One ``Section`` per item (see ``model``).

Every value keeps the slides it comes from and its verbatim quote (the speaker notes); rows
nobody reports are left out (the "Masquer les lignes sans donnée" rule), and what is shown as
not reported says "n.r.". Where a table is rebuilt from the KB rather than read off the slide
(slide 11's OS / DFS columns), the section says so in ``reading`` (◊).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from bclm_viewer.evidence.compare import Comparison, build_comparison, measure_figures, measure_info
from bclm_viewer.evidence.export_text import marked_text
from bclm_viewer.evidence.figures import (
    Figure,
    FindingItem,
    Quote,
    finding_lines,
    format_p,
    load_findings,
)
from bclm_viewer.evidence.matrix import FLAGGED, MatrixSource, summarize
from bclm_viewer.evidence.talk.model import (
    Bar,
    Chart,
    Reference,
    Section,
    Table,
    Talk,
    TCell,
    TRow,
)
from bclm_viewer.evidence.words import category as category_name
from bclm_viewer.evidence.words import labels as words
from bclm_viewer.i18n import localized, translator
from bclm_viewer.kb.errors import KbError
from bclm_viewer.query.evidence_reads import reads_of
from bclm_viewer.query.filters import StudyFilter
from bclm_viewer.query.readings import READING_MARK

if TYPE_CHECKING:
    from bclm_viewer.query.detail_records import Finding, StudyDetail
    from bclm_viewer.query.knowledge_base import KnowledgeBase

# Everything this module writes itself is French and translated here (context "Talk",
# docs/translations.md); the deck's quotes, slide text and study labels stay as written.
_tr = translator("Talk")
ITEM_KINDS = ("study", "comparison", "slide", "matrix", "chart")
MAX_MISSING_NAMED = 12  # series named as n.r. under a chart; the rest are counted
MATRIX_CHUNK = 600  # studies read per query when a matrix is cut into parts


class ItemError(KbError):
    """A list item the KB cannot present (unknown slide, measure, malformed reference)."""


@dataclass(frozen=True)
class TalkItem:
    """A list item as the notes store holds it (``kind``, ``ref``, ``caption``)."""

    kind: str
    ref: str
    caption: str | None = None


# ----- references -----------------------------------------------------------------------------


def reference_of(d: StudyDetail) -> Reference:
    """The study's citation as the KB builds it: "et al." only where the slide writes "& al.",
    no empty parts, the clinical case citing the deck's slide. Nothing added here."""
    return Reference(d.label, d.citation, d.slide)


def quote_line(slide: int | None, text: str | None, label: str = "") -> str:
    where = _tr("diapo {n}").format(n=slide) if slide is not None else ""
    head = " — ".join(x for x in (label, where) if x)
    return _tr("{where} : « {quote} »").format(where=head, quote=text) if text else head


def _quotes(label: str, quotes: Sequence[Quote]) -> list[str]:
    return [quote_line(q.slide, q.text, label) for q in quotes if q.text or q.slide is not None]


def _titled(title: str, caption: str | None) -> str:
    return f"{title} — {caption}" if caption else title


# ----- a study --------------------------------------------------------------------------------


def _figure_text(f: Figure) -> str:
    text = f.text()
    return f"{text} ({format_p(f.p_value)})" if f.p_value else text


def reading_line() -> str:
    """The ◊ line of a slide whose values include a reading, in the user's language."""
    return _tr("{mark} = lecture de la diapositive, non ses mots (motifs dans les notes de "
               "l'orateur)").format(mark=READING_MARK)


def readings_fields(reasons: Iterable[str]) -> dict[str, Any]:
    """A section's reading fields for the KB's readings behind its values: a short line on the
    slide, the reasons (once each) for the speaker notes and the handout; none when no value
    is a reading."""
    unique = tuple(dict.fromkeys(r for r in reasons if r))
    if not unique:
        return {}
    return {"reading": reading_line(),
            "reading_notes": tuple(f"{READING_MARK} {r}" for r in unique)}


def study_section(kb: KnowledgeBase, study_id: str, caption: str | None = None) -> Section:
    from bclm_viewer.evidence.figures import UnknownStudyError

    d = kb.study(study_id)
    if d is None:
        raise UnknownStudyError([study_id])
    ref = reference_of(d)

    def fact(key: str, text: str) -> str:
        return f"{text} {READING_MARK}" if key in d.readings else text

    facts = [fact(k, v) for k, v in (("centre", d.centre), ("period", d.period)) if v]
    if d.n_text is not None:
        facts.append(fact("n_patients", f"N = {d.n_text}"))
    reasons = [r for k, r in d.readings.items() if k in ("centre", "period", "n_patients")]
    rows: list[TRow] = []
    sources: set[int] = set() if d.slide is None else {d.slide}
    outcomes = kb.outcomes(study_id)
    if outcomes:
        rows.append(TRow((TCell(_tr("Chiffres")), TCell(""), TCell("")), section=True))
    for o in outcomes:
        name = localized(o.measure_name_fr, o.measure_name_en)
        label = name + (f" — {o.group_label}" if o.group_label else "")
        fig = Figure(o.id, o.measure, o.value_text, o.unit, o.value, o.value_low, o.value_high,
                     o.qualifier, o.group_label, o.p_value, o.slide, o.source,
                     readings=o.readings)
        reasons += o.readings.values()
        quote = (quote_line(o.slide, o.source, label),)
        rows.append(TRow((TCell(label), TCell(_figure_text(fig), slides=(o.slide,), quotes=quote),
                          TCell(str(o.slide)))))
        sources.add(o.slide)
    findings = load_findings(reads_of(kb), [study_id])
    by_factor: dict[str, list[FindingItem]] = {}
    for item in findings:
        by_factor.setdefault(item.factor_id, []).append(item)
        reasons += item.reasons()
    if by_factor:
        rows.append(TRow((TCell(words().findings), TCell(""), TCell("")), section=True))
    for factor_id, items in by_factor.items():
        factor = kb.factor(factor_id)
        name = localized(factor.name_fr, factor.name_en) if factor is not None else factor_id
        slides = tuple(sorted({i.slide for i in items}))
        effects = {i.effect for i in items}
        rows.append(TRow((
            TCell(name),
            TCell("\n".join(finding_lines(items, words())), slides=slides,
                  effect=effects.pop() if len(effects) == 1 else "mixed",
                  quotes=tuple(quote_line(i.slide, i.source, name) for i in items)),
            TCell(", ".join(str(s) for s in slides)),
        )))
        sources.update(slides)
    table = Table(("", _tr("Valeur"), _tr("Diapo")), tuple(rows), (5.2, 5.6, 1.5))
    return Section(
        "study", _titled(d.label, caption), subtitle="\n".join([ref.text, " · ".join(facts)]),
        tables=(table.without_empty_rows(),) if rows else (), sources=tuple(sorted(sources)),
        references=(ref,), **readings_fields(reasons),
    )


# ----- a comparison ---------------------------------------------------------------------------


def comparison_table(comp: Comparison) -> Table:
    """The reported rows, category bands between them, each cell with its slides and mark."""
    rows: list[TRow] = []
    width = len(comp.studies) + 1
    category = None
    for row in comp.rows:
        if row.category != category:
            category = row.category
            rows.append(TRow((TCell(category_name(category)),) + (TCell(""),) * (width - 1),
                             section=True))
        cells = [TCell(row.label)]
        for s, cell in zip(comp.studies, row.cells, strict=True):
            slides = tuple(sorted({q.slide for q in cell.quotes if q.slide is not None}))
            effect = None
            if cell.findings:
                effects = {f.effect for f in cell.findings}
                effect = effects.pop() if len(effects) == 1 else "mixed"
            quotes = tuple(_quotes(f"{row.label} — {s.label}", cell.quotes))
            cells.append(TCell(marked_text(cell, comp), cell.reported, slides, cell.mark, effect,
                               quotes))
        rows.append(TRow(tuple(cells)))
    header = ("",) + tuple(s.label for s in comp.studies)
    return Table(header, tuple(rows), (3.2,) + (2.4,) * len(comp.studies)).without_empty_rows()


def comparison_section(
    kb: KnowledgeBase, study_ids: Sequence[str], caption: str | None = None
) -> Section:
    comp = build_comparison(kb, study_ids, words()).reported_rows()
    sources = {q.slide for row in comp.rows for cell in row.cells for q in cell.quotes
               if q.slide is not None}
    refs = tuple(reference_of(d) for d in (kb.study(i) for i in comp.study_ids) if d)
    lab = comp.labels
    return Section(
        "comparison", _titled(_tr("Comparaison : {studies}").format(
            studies=", ".join(s.label for s in comp.studies)), caption),
        tables=(comparison_table(comp),), sources=tuple(sorted(sources)), references=refs,
        **readings_fields(r for row in comp.rows for cell in row.cells for r in cell.readings),
        legend=_tr("{best} meilleure valeur, {worst} moins bonne (valeurs ponctuelles "
                   "seulement) ; {nr} = non rapporté").format(best=lab.best, worst=lab.worst,
                                                            nr=lab.nr),
    )


# ----- a deck slide ---------------------------------------------------------------------------


def slide_lines(text: str) -> tuple[str, ...]:
    """The slide's lines verbatim, runs of blank lines kept as one, ends trimmed."""
    lines: list[str] = []
    for line in text.splitlines():
        line = line.rstrip()
        if line or (lines and lines[-1]):
            lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return tuple(lines)


def structured_table(kb: KnowledgeBase, number: int) -> Table | None:
    """A slide tabulating the findings of two or more studies (slide 11): one row per study,
    one column per endpoint, read from the findings the KB holds for that slide."""
    refs = kb.slide_refs(number)
    by_study: dict[str, list[Finding]] = {}
    for f in refs.findings:
        by_study.setdefault(f.study_id, []).append(f)
    if len(by_study) < 2:
        return None
    endpoints: list[str | None] = [e for e in ("OS", "DFS")
                                   if any(f.endpoint == e for f in refs.findings)]
    if any(f.endpoint is None for f in refs.findings):
        endpoints.append(None)
    labels = kb.study_labels(by_study)
    lab = words()
    rows = []
    for sid, found in by_study.items():
        d = kb.study(sid)
        head = labels.get(sid, sid) + (f" (N = {d.n_patients})" if d and d.n_patients else "")
        cells = [TCell(head)]
        for e in endpoints:
            hits = [f for f in found if f.endpoint == e]
            if hits:
                text = "\n".join(f"{lab.effect(f.effect).split()[0]} {f.level or ''}".strip()
                                 for f in hits)
                cells.append(TCell(text, slides=(number,), effect=hits[0].effect, quotes=tuple(
                    quote_line(f.slide, f.source, f"{labels.get(sid, sid)} — {e or '?'}")
                    for f in hits)))
            else:
                cells.append(TCell(lab.nr, reported=False))
        rows.append(TRow(tuple(cells)))
    header = (_tr("Étude"),) + tuple(e or lab.endpoint_nr for e in endpoints)
    return Table(header, tuple(rows), (3.0,) + (3.0,) * len(endpoints))


def slide_sections(kb: KnowledgeBase, number: int, caption: str | None = None) -> list[Section]:
    """The slide verbatim; then, where the KB knows its structure, the structured reading."""
    slide = kb.slide(number)
    if slide is None:
        raise ItemError(f"diapositive {number} inconnue (1 à {kb.slide_count()})")
    title = _titled(_tr("Diapositive {n} : {title}").format(n=number, title=slide.title), caption)
    refs = tuple(reference_of(d) for d in (kb.study(s.id) for s in kb.slide_refs(number).studies)
                 if d)
    out = [Section("slide", title, text=slide_lines(slide.text), sources=(number,),
                   quotes=(_tr("diapo {n}, texte exact de la diapositive.").format(n=number),),
                   references=refs)]
    structured = structured_table(kb, number)
    if structured is not None:
        out.append(Section(
            "slide", _tr("Diapositive {n} : {title} — lecture structurée").format(
                n=number, title=slide.title),
            tables=(structured,), sources=(number,), references=refs,
            reading=_tr("{mark} Lecture : tableau reconstruit à partir des constats que la base "
                        "tient de cette diapositive ; la répartition en colonnes suit la mise en "
                        "page de la diapositive, qui ne l'écrit pas ligne par ligne."
                        ).format(mark=READING_MARK),
            legend=_tr("{poor} péjoratif ; {nr} = non rapporté ; {endpoint_nr} = colonne non "
                       "lisible sur la diapositive").format(
                poor=words().poor.split()[0], nr=words().nr, endpoint_nr=words().endpoint_nr),
        ))
    return out


# ----- the evidence matrix --------------------------------------------------------------------


def matrix_factor_ids(kb: KnowledgeBase, ref: str) -> list[str]:
    """ "" = every factor, "flagged" = those the series disagree on, else "id,id"."""
    ref = ref.strip()
    if ref == "flagged":
        src = MatrixSource(kb)
        return [f.id for f in src.factors if src.status(f.id) in FLAGGED]
    return [f for f in (x.strip() for x in ref.split(",")) if f and f != "all"]


def matrix_section(kb: KnowledgeBase, ref: str = "", caption: str | None = None) -> Section:
    factor_ids = matrix_factor_ids(kb, ref)
    flagged = ref.strip() == "flagged"
    if flagged:
        factor_ids = factor_ids or []
    if flagged and not factor_ids:
        return Section("matrix", _titled(_tr("Matrice des facteurs : désaccords"), caption),
                       text=(_tr("Aucun facteur en désaccord entre les séries."),))
    src = MatrixSource(kb, factor_ids, labels=words())
    lab = src.labels
    conflicts = {f.id: src.conflict(f.id) for f in src.factors}
    ids = src.study_ids
    notes = [_tr("{factor} — {status} : {reason}").format(
        factor=f.name, status=lab.status(conflicts[f.id].status), reason=conflicts[f.id].reason)
             for f in src.factors if conflicts[f.id].reason]
    reads = src.reads

    subset = [f.id for f in src.factors]
    nr = TCell(lab.nr, reported=False)
    labels = [TCell(f.name) for f in src.factors]
    statuses = [TCell(lab.status(conflicts[f.id].status),
                      effect="mixed" if conflicts[f.id].status in FLAGGED else None)
                for f in src.factors]

    def cell(f_name: str, study: str, items: list[FindingItem]) -> TCell:
        found = summarize(items, lab)
        where = f"{f_name} — {study}"
        return TCell(found.text, True, tuple(sorted({i.slide for i in items})),
                     effect=found.effect,
                     quotes=tuple(quote_line(i.slide, i.source, where) for i in items))

    def parts(size: int) -> Iterator[Table]:
        """Blocks of ``size`` studies, read ``MATRIX_CHUNK`` studies per query."""
        for chunk_start in range(0, len(ids), MATRIX_CHUNK):
            chunk = list(ids[chunk_start:chunk_start + MATRIX_CHUNK])
            heads = {r[0]: r[1] for r in reads.study_columns(chunk)}
            raw: dict[tuple[str, str], list[FindingItem]] = {}
            for item in load_findings(reads, chunk, subset):
                raw.setdefault((item.factor_id, item.study_id), []).append(item)
            for start in range(0, len(chunk), size):
                block = chunk[start:start + size]
                rows = []
                for f, label, status in zip(src.factors, labels, statuses, strict=True):
                    cells = [label]
                    for sid in block:
                        items = raw.get((f.id, sid))
                        cells.append(cell(f.name, heads.get(sid, sid), items) if items else nr)
                    cells.append(status)
                    rows.append(TRow(tuple(cells)))
                header = ((_tr("Facteur"),) + tuple(heads.get(s, s) for s in block)
                          + (_tr("Accord"),))
                yield Table(header, tuple(rows), (3.0,) + (2.4,) * len(block) + (2.4,),
                            tail=1).without_empty_rows()

    def listing() -> Iterator[Table]:
        """Study by study, the findings it reports (one line each, with the factor): how a
        matrix of thousands of studies reads on paper."""
        names = {f.id: f.name for f in src.factors}
        for chunk_start in range(0, len(ids), MATRIX_CHUNK):
            chunk = list(ids[chunk_start:chunk_start + MATRIX_CHUNK])
            heads = {r[0]: r[1] for r in reads.study_columns(chunk)}
            by_study: dict[str, dict[str, list[FindingItem]]] = {}
            for item in load_findings(reads, chunk, subset):
                by_study.setdefault(item.study_id, {}).setdefault(item.factor_id, []).append(item)
            rows = []
            for sid in chunk:
                found = by_study.get(sid, {})
                lines = [_tr("{factor} : {finding}").format(factor=names[f], finding=line)
                         for f in subset if f in found
                         for line in finding_lines(found[f], lab)]
                slides = tuple(sorted({i.slide for items in found.values() for i in items}))
                rows.append(TRow((TCell(heads.get(sid, sid)),
                                  TCell("\n".join(lines) or lab.nr, bool(lines), slides))))
            yield Table((_tr("Étude"), _tr("Constats (facteur : constat)")), tuple(rows),
                        (1.0, 4.0))

    summary = Table(
        (_tr("Facteur"), _tr("Accord"), _tr("Motif")),
        tuple(TRow((TCell(f.name), status, TCell(conflicts[f.id].reason or "—")))
              for f, status in zip(src.factors, statuses, strict=True)),
        (2.0, 1.2, 4.0), lead=1, tail=0)
    which = (_tr("désaccords") if flagged
             else _tr("sélection") if factor_ids else _tr("tous les facteurs"))
    return Section(
        "matrix", _titled(_tr("Matrice des facteurs pronostiques ({which})").format(which=which),
                          caption),
        table_parts=parts, quotes=tuple(notes),
        legend=_tr("{poor} péjoratif, {favourable} favorable, {ns} non significatif ; "
                   "{conflict} sens opposés ; {discordant} significatif dans une série, NS dans "
                   "une autre ; {mark} lecture de la diapositive (motif dans la fiche de "
                   "l'étude)").format(poor=lab.poor, favourable=lab.favourable,
                                      ns=lab.not_significant, conflict=lab.conflict,
                                      discordant=lab.discordant, mark=READING_MARK),
        sources=(), listing=listing, summary=summary, columns=len(ids),
    )


# ----- a chart --------------------------------------------------------------------------------


def parse_chart_ref(ref: str) -> tuple[str, list[str]]:
    """ "os5" or "os5:adam-2006,abbott-2012" → (measure, study ids)."""
    measure, _, ids = ref.partition(":")
    return measure.strip(), [i for i in (x.strip() for x in ids.split(",")) if i]


def chart_section(kb: KnowledgeBase, ref: str, caption: str | None = None) -> Section:
    measure, ids = parse_chart_ref(ref)
    info = measure_info(kb, measure)
    if info is None:
        raise ItemError(f"mesure inconnue : {measure!r}")
    if not ids:
        ids = kb.study_ids(StudyFilter(), "year")
    bars: list[Bar] = []
    missing: list[str] = []
    quotes: list[str] = []
    refs: list[Reference] = []
    reasons: list[str] = []
    for col, figs in measure_figures(kb, measure, ids):
        if not figs:
            missing.append(col.label)
            continue
        d = kb.study(col.id)
        if d is not None:
            refs.append(reference_of(d))
        for f in figs:
            label = col.label + (f" — {f.group_label}" if f.group_label else "")
            if f.is_point:
                kind = "point"
            elif f.value_low is not None and f.value_high is not None:
                kind = "range"
            else:
                kind = "bound"
            bars.append(Bar(label, f.text(), kind, f.value, f.value_low, f.value_high, f.slide))
            reasons += f.reasons()
            quotes.append(quote_line(f.slide, f.source, label))
    chart = Chart(info.name, info.unit, tuple(bars), tuple(missing))
    return Section(
        "chart", _titled(info.name, caption), chart=chart,
        sources=tuple(sorted({b.slide for b in bars})), quotes=tuple(quotes),
        references=tuple(refs), **readings_fields(reasons),
        legend=_tr("Barre pleine : valeur ; barre hachurée : intervalle ; contour pointillé : "
                   "borne (< ou >), jamais un point"),
    )


def missing_text(chart: Chart) -> str:
    """ "n.r. : Adam 2006, Abbott 2012 (+3)"; "" when every series reports the measure."""
    if not chart.missing:
        return ""
    named = ", ".join(chart.missing[:MAX_MISSING_NAMED])
    more = len(chart.missing) - MAX_MISSING_NAMED
    return _tr("{nr} (non rapporté) : {names}").format(nr=words().nr, names=named) + (
        f" (+{more})" if more > 0 else "")


# ----- any item -------------------------------------------------------------------------------


def comparison_ids(ref: str) -> list[str]:
    """A comparison's ids: the store's JSON list, or "id,id" as typed."""
    text = ref.strip()
    if text.startswith("["):
        return [str(i) for i in json.loads(text)]
    return [i for i in (x.strip() for x in text.split(",")) if i]


def item_sections(kb: KnowledgeBase, item: TalkItem) -> list[Section]:
    if item.kind == "study":
        return [study_section(kb, item.ref, item.caption)]
    if item.kind == "comparison":
        return [comparison_section(kb, comparison_ids(item.ref), item.caption)]
    if item.kind == "slide":
        if not item.ref.strip().isdigit():
            raise ItemError(f"numéro de diapositive invalide : {item.ref!r}")
        return slide_sections(kb, int(item.ref), item.caption)
    if item.kind == "matrix":
        return [matrix_section(kb, item.ref, item.caption)]
    if item.kind == "chart":
        return [chart_section(kb, item.ref, item.caption)]
    raise ItemError(f"type d'élément inconnu : {item.kind!r}")


def study_notes(items: Sequence[TalkItem], note_of: Callable[[str], object]
                ) -> dict[str, str]:
    """The user's notes on the studies among ``items``, by study id; ``note_of(study_id)``
    returns a note (with ``body_md``) or None, as ``UserStore.note`` does."""
    found = {}
    for item in items:
        note = note_of(item.ref) if item.kind == "study" else None
        body = getattr(note, "body_md", None)
        if isinstance(body, str) and body.strip():
            found[item.ref] = body
    return found


def build_talk(kb: KnowledgeBase, title: str, items: Sequence[TalkItem], date: str,
               notes: Mapping[str, str] | None = None) -> Talk:
    """The talk of these list items, in order (raises ``KbError`` for what the KB lacks);
    ``notes``: the user's notes by study id, added to the study's speaker notes and handout."""
    sections = []
    for item in items:
        for section in item_sections(kb, item):
            note = (notes or {}).get(item.ref, "") if item.kind == "study" else ""
            sections.append(replace(section, user_note=note.strip()) if note else section)
    return Talk(title, date, tuple(sections))
