<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>AddToList</name>
    <message>
        <location filename="../../bclm_viewer/ui/notes/add_to_list.py" line="32"/>
        <source>Exposé du {day} {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/add_to_list.py" line="57"/>
        <source>Notes indisponibles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/add_to_list.py" line="73"/>
        <source>Nouvelle liste ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/add_to_list.py" line="79"/>
        <location filename="../../bclm_viewer/ui/notes/add_to_list.py" line="98"/>
        <source>Ajouter à une liste</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_drawing.py" line="49"/>
        <source>N n.r.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_drawing.py" line="50"/>
        <source>N = {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_drawing.py" line="121"/>
        <source>nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_drawing.py" line="187"/>
        <source>Valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_drawing.py" line="191"/>
        <source>Extrêmes [min – max]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_drawing.py" line="197"/>
        <location filename="../../bclm_viewer/ui/evidence/chart_drawing.py" line="202"/>
        <source>Borne (&lt; ou &gt;) : barre ouverte jusqu&apos;à la borne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_drawing.py" line="207"/>
        <source>Intervalle (bas – haut)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="56"/>
        <source>Mesure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="64"/>
        <source>Exporter en PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="65"/>
        <source>Exporter en SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="68"/>
        <source>Mesure :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="92"/>
        <source>Ouvrir la diapositive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="157"/>
        <source>toutes les études</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="158"/>
        <source>sélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="160"/>
        <source>{scope} : {k} sur {n} rapportent cette mesure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="165"/>
        <source>Non rapporté :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="169"/>
        <source>Toutes les études retenues rapportent cette mesure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="177"/>
        <source>{k} premières valeurs sur {n} : restreignez la sélection pour voir les autres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="183"/>
        <source> et {k} autre(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="184"/>
        <source>Non rapporté : {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="185"/>
        <source>Valeurs telles qu&apos;écrites sur les diapositives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="189"/>
        <source>◊ lecture (la diapositive ne le dit pas mot pour mot) — </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="200"/>
        <source>Cliquez une barre pour voir sa citation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="206"/>
        <source>Diapositive {n} — « {quote} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="229"/>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="237"/>
        <source>Exporter le graphique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="230"/>
        <source>PNG (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="238"/>
        <source>SVG (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipsBar</name>
    <message>
        <location filename="../../bclm_viewer/ui/studies/chips.py" line="48"/>
        <source>Tout effacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/chips.py" line="49"/>
        <source>Retirer tous les filtres et la recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/chips.py" line="52"/>
        <source>Aucun filtre : toutes les études sont listées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/chips.py" line="79"/>
        <source>Retirer le filtre « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/chips.py" line="81"/>
        <source>Retirer le filtre {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="59"/>
        <source>Masquer les lignes sans donnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="62"/>
        <source>Cache les lignes qu&apos;aucune des études comparées ne rapporte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="64"/>
        <source>Retirer l&apos;étude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="65"/>
        <source>Retire de la comparaison l&apos;étude de la cellule sélectionnée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="67"/>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="217"/>
        <source>Copier la citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="80"/>
        <source>★ meilleure valeur, ▽ moins bonne (sens de la mesure ; seules les valeurs ponctuelles uniques sont classées, jamais un intervalle ou une borne) · n.r. = non rapporté · valeurs telles qu&apos;écrites sur les diapositives · ◊ (italique) = lecture : la diapositive ne le dit pas mot pour mot, motif dans l&apos;infobulle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="119"/>
        <source>Comparaison des études</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="158"/>
        <source>Aucune étude comparée. Sélectionnez au moins deux études dans la page Études (Ctrl-clic ou Maj-clic), puis Comparer (Ctrl+D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="163"/>
        <source>Comparaison de {n} étude(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="209"/>
        <source>Ouvrir la diapositive {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="216"/>
        <source>Retirer cette étude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="218"/>
        <source>Ouvrir l&apos;étude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="229"/>
        <source>Cliquez une cellule pour voir sa diapositive et la citation exacte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="235"/>
        <source>Non rapporté sur les diapositives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="268"/>
        <source>Comparaison des séries — MHKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="269"/>
        <source>Document préparé le {date} · bclm-viewer · d&apos;après le diaporama MHKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="284"/>
        <source>Comparaison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_model.py" line="56"/>
        <source>Diapositive {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_model.py" line="229"/>
        <source>Non rapporté sur les diapositives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_model.py" line="231"/>
        <source>{mark} Lecture : {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_model.py" line="234"/>
        <source>★ Meilleure valeur de la ligne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_model.py" line="236"/>
        <source>▽ Moins bonne valeur de la ligne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_model.py" line="275"/>
        <source>Unité : {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_model.py" line="277"/>
        <source>★ = valeur la plus haute (plus c&apos;est haut, mieux c&apos;est).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_model.py" line="279"/>
        <source>★ = valeur la plus basse (plus c&apos;est bas, mieux c&apos;est).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_model.py" line="282"/>
        <source>Pas de meilleure ou moins bonne valeur marquée : un intervalle, une borne ou un chiffre de sous-groupe pourrait la dépasser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <location filename="../../bclm_viewer/ui/notes/conflict_bar.py" line="42"/>
        <source>Prendre l&apos;autre version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/conflict_bar.py" line="45"/>
        <source>Garder la mienne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/conflict_bar.py" line="68"/>
        <source>modifiée dans une autre fenêtre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/conflict_bar.py" line="70"/>
        <source>importée de « {source} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/conflict_bar.py" line="73"/>
        <source>Une autre version de cette note ({origin}, {date}) a été conservée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/conflict_bar.py" line="82"/>
        <source>Autre version :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="70"/>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="99"/>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="130"/>
        <source>Impossible d&apos;écrire {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="108"/>
        <source>Imprimer le document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="142"/>
        <source>Exporté de bclm-viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="175"/>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="229"/>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="218"/>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="218"/>
        <source>Exporter en CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="218"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="220"/>
        <source>Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="220"/>
        <source>Exporter en Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="220"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="222"/>
        <source>Image PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="222"/>
        <source>Exporter en image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="222"/>
        <source>PNG (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="224"/>
        <source>Document PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="224"/>
        <source>Exporter en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="224"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="226"/>
        <source>Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="227"/>
        <source>Copier en Markdown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Facets</name>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facet_models.py" line="237"/>
        <source>{name} : {n} étude(s) avec le filtre actuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facet_models.py" line="259"/>
        <source>Facteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facet_models.py" line="259"/>
        <source>Études</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetsPanel</name>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="87"/>
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="115"/>
        <source>Facteurs pronostiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="91"/>
        <source>tous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="92"/>
        <source>Études qui rapportent tous les facteurs cochés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="93"/>
        <source>au moins un</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="95"/>
        <source>Études qui rapportent au moins un des facteurs cochés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="124"/>
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="126"/>
        <source>Effet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="125"/>
        <source>Critère</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="128"/>
        <source>Critère de jugement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="236"/>
        <source>⚠ conflit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="237"/>
        <source>≠ discordance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="240"/>
        <source>Voir aussi « {other} » (facteur distinct, lié à « {name} »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="247"/>
        <source>{mark} « {value} » inclut des lectures : pour {n} étude(s) de la base, ce critère est lu de la mise en page de la diapositive, pas écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="254"/>
        <source>{mark} « {value} » inclut des lectures : pour {n} étude(s) de la base, ce sens est lu de la diapositive, pas écrit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryModel</name>
    <message>
        <location filename="../../bclm_viewer/ui/reference/glossary_model.py" line="37"/>
        <source>Terme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/reference/glossary_model.py" line="37"/>
        <source>Signification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/reference/glossary_model.py" line="37"/>
        <source>En anglais</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <location filename="../../bclm_viewer/ui/reference/glossary_page.py" line="41"/>
        <source>Filtrer : abréviation ou signification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/reference/glossary_page.py" line="43"/>
        <source>Filtrer le glossaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/reference/glossary_page.py" line="47"/>
        <source>Aucun terme ne correspond à ce filtre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/reference/glossary_page.py" line="53"/>
        <source>Glossaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/reference/glossary_page.py" line="88"/>
        <source>{k} sur {n} termes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../bclm_viewer/ui/common/labels.py" line="32"/>
        <source>Sélectionnez une étude dans la liste pour afficher sa fiche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/labels.py" line="116"/>
        <source>« {quote} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/labels.py" line="118"/>
        <source>Diapositive {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/labels.py" line="119"/>
        <source>Diapositive {n} : « {quote} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../bclm_viewer/ui/notes/list_export.py" line="27"/>
        <source>Étude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/list_export.py" line="27"/>
        <source>Année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/list_export.py" line="27"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/list_export.py" line="27"/>
        <source>OS5 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/list_export.py" line="27"/>
        <source>DFS5 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/list_export.py" line="27"/>
        <source>R0 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/list_export.py" line="36"/>
        <source>étude absente de la base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/list_export.py" line="106"/>
        <source>Exporter la liste en Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/list_export.py" line="106"/>
        <source>Exporter la liste en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/list_export.py" line="107"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/list_export.py" line="107"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPresentation</name>
    <message>
        <location filename="../../bclm_viewer/ui/notes/list_presentation.py" line="75"/>
        <source>Comparaison : {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="71"/>
        <source>Nouvelle liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="72"/>
        <source>Renommer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="73"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="76"/>
        <source>Listes supprimées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="84"/>
        <source>Mes listes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="110"/>
        <source>Glissez-déposez les éléments pour changer leur ordre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="113"/>
        <source>Ajouter l&apos;étude courante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="116"/>
        <source>Ajouter la diapositive courante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="121"/>
        <source>Ajouter la comparaison courante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="125"/>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="126"/>
        <source>Retirer de la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="131"/>
        <source>Présenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="134"/>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="137"/>
        <source>En Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="138"/>
        <source>En PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="164"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="272"/>
        <source>Choisissez une liste à gauche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="275"/>
        <source>Aucune liste : « Nouvelle liste » en crée une, puis ajoutez-y l&apos;étude, la diapositive ou la comparaison courante.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="292"/>
        <source>Non enregistré : {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="323"/>
        <source>Liste « {name} » supprimée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="331"/>
        <source>Aucune liste supprimée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="333"/>
        <source>Restaurer « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="356"/>
        <source>Aucune étude ouverte : choisissez-en une dans « Études ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="357"/>
        <source>Aucune diapositive ouverte : choisissez-en une.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="358"/>
        <source>Aucune comparaison en cours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="395"/>
        <source>{n} élément(s) retiré(s) de la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="405"/>
        <source>Ouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="477"/>
        <source>Liste exportée dans « {path} ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="53"/>
        <source>Études</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="54"/>
        <source>Diapositives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="55"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="56"/>
        <source>Glossaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="57"/>
        <source>Mes notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="58"/>
        <source>Listes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="59"/>
        <source>Comparaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="60"/>
        <source>Matrice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="61"/>
        <source>Graphique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="85"/>
        <source>MHKS — chirurgie des métastases hépatiques du cancer du sein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="230"/>
        <source>Sélectionnez au moins deux études (Ctrl-clic ou Maj-clic) pour les comparer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="249"/>
        <source>Aucune étude sélectionnée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="255"/>
        <source>Citation copiée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="276"/>
        <source>sélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="282"/>
        <source>études filtrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="301"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="303"/>
        <source>&amp;Exporter mes données…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="306"/>
        <source>&amp;Importer des données…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="311"/>
        <source>Importer un &amp;diaporama…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="315"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="322"/>
        <source>É&amp;dition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="324"/>
        <source>&amp;Rechercher…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="329"/>
        <source>&amp;Comparer la sélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="333"/>
        <source>Copier la &amp;citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="337"/>
        <source>&amp;Affichage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="344"/>
        <source>&amp;Plein écran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="350"/>
        <source>&amp;Présentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="353"/>
        <source>&amp;Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="354"/>
        <source>À &amp;propos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="378"/>
        <source>bclm-viewer {version}

Chirurgie des métastases hépatiques du cancer du sein (MHKS) : les séries publiées, leurs résultats et leurs facteurs pronostiques.

Base de connaissances construite le {built}
{studies} études, {slides} diapositives, {outcomes} chiffres, {findings} constats, {questions} questions et perspectives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="397"/>
        <source>À propos de bclm-viewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_model.py" line="155"/>
        <location filename="../../bclm_viewer/ui/evidence/matrix_model.py" line="168"/>
        <source>Diapositive {n} — « {quote} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_model.py" line="164"/>
        <source>Aucun constat sur ce facteur dans cette étude (n.r.).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_model.py" line="170"/>
        <source>{mark} Lecture : {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_model.py" line="199"/>
        <source>Cliquer : filtrer la liste des études sur ce facteur.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="69"/>
        <source>Seulement les facteurs en désaccord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="71"/>
        <source>N&apos;affiche que les facteurs en conflit (⚠) ou en discordance (≠).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="73"/>
        <source>Toutes les études</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="74"/>
        <source>Revenir à toutes les études ayant des constats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="90"/>
        <source>▼ péj. = péjoratif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="91"/>
        <source>▲ fav. = favorable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="92"/>
        <source>= NS = non significatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="93"/>
        <source>mixte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="94"/>
        <source>n.r. = non rapporté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="95"/>
        <source>⚠ conflit : sens opposés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="96"/>
        <source>≠ discordance : significatif / NS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="97"/>
        <source>? sens non comparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="100"/>
        <source>◊ = lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="102"/>
        <source>◊, en italique : la diapositive ne le dit pas mot pour mot (mise en page, « Cox »…) ; le motif est dans l&apos;infobulle de la cellule et en note des exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="139"/>
        <source>Matrice facteurs × études</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="180"/>
        <source>Aucun facteur en désaccord entre ces études.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="183"/>
        <source>Matrice des preuves : {f} facteur(s) × {s} étude(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="194"/>
        <source>Cliquez une cellule pour voir les constats, leur diapositive et la citation exacte (double-clic : ouvrir la diapositive) ; cliquez un facteur pour filtrer la liste des études.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="246"/>
        <source>Facteurs pronostiques : matrice des preuves — MHKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="247"/>
        <source>Document préparé le {date} · bclm-viewer · d&apos;après le diaporama MHKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="258"/>
        <source>Matrice trop large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="260"/>
        <source>{n} études : une image ou un PDF serait illisible (au plus {max}). Exportez en CSV ou en Markdown, ou restreignez les études.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="276"/>
        <source>Matrice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="83"/>
        <source>Votre note sur cette étude, en Markdown (*italique*, **gras**, - liste)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="90"/>
        <source>Aperçu de la note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="94"/>
        <source>Aperçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="98"/>
        <source>+ Liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="99"/>
        <source>Ajouter cette étude à une liste d&apos;exposé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="154"/>
        <source>Aucune étude choisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="157"/>
        <source>Ma note — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="159"/>
        <source>Notes indisponibles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="175"/>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="276"/>
        <source>Non enregistré !</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="182"/>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="281"/>
        <source>Enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="251"/>
        <source>Modification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="264"/>
        <source>Favori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="266"/>
        <source>Retirer l&apos;étoile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="266"/>
        <source>Marquer cette étude d&apos;une étoile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesModels</name>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="110"/>
        <source>Étude : {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="112"/>
        <source>(étude absente de la base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="115"/>
        <source>Diapositive {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="120"/>
        <source>Comparaison : {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="173"/>
        <source>Note ou liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="173"/>
        <source>Modifiée le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="173"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="187"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="187"/>
        <source>Liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="198"/>
        <source>Étude absente de la base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="238"/>
        <source>{name} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="242"/>
        <source>{n} élément(s) — modifiée le {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_page.py" line="75"/>
        <source>{n} élément(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_page.py" line="93"/>
        <source>Rechercher dans mes notes et mes listes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_page.py" line="128"/>
        <source>Ouvrir la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_page.py" line="152"/>
        <source>Notes indisponibles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_page.py" line="186"/>
        <source>{notes} note(s), {lists} liste(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_page.py" line="190"/>
        <source> — {n} sur une étude absente de la base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_page.py" line="193"/>
        <source>Aucune note pour l&apos;instant : écrivez-en une sous la fiche d&apos;une étude (onglet « Études »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_page.py" line="222"/>
        <source>Étude absente de la base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_page.py" line="227"/>
        <source>Liste « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../bclm_viewer/ui/slides/presentation.py" line="80"/>
        <source>Présentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/presentation.py" line="199"/>
        <source>Diapositive {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/presentation.py" line="211"/>
        <source>{i} / {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/presentation.py" line="212"/>
        <source>Échap : quitter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <location filename="../../bclm_viewer/ui/reference/questions_model.py" line="27"/>
        <source>Diapositive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <location filename="../../bclm_viewer/ui/reference/questions_page.py" line="47"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/reference/questions_page.py" line="50"/>
        <source>Perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/reference/questions_page.py" line="52"/>
        <source>Questions ouvertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/reference/questions_page.py" line="54"/>
        <source>Perspectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/reference/questions_page.py" line="56"/>
        <source>Double-clic ou Entrée : voir la diapositive. Survolez une abréviation pour sa signification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/reference/questions_page.py" line="66"/>
        <source>Les questions ouvertes ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/reference/questions_page.py" line="67"/>
        <source>Perspectives ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/reference/questions_page.py" line="95"/>
        <source>Diapositive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../bclm_viewer/ui/studies/search_box.py" line="26"/>
        <source>Rechercher dans les études, diapositives, facteurs et questions (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/search_box.py" line="28"/>
        <source>Recherche</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../bclm_viewer/ui/studies/search_model.py" line="48"/>
        <source>Étude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/search_model.py" line="49"/>
        <source>Diapositive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/search_model.py" line="50"/>
        <source>Facteur pronostique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/search_model.py" line="51"/>
        <source>Chiffre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/search_model.py" line="52"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/search_model.py" line="53"/>
        <source>Glossaire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../bclm_viewer/ui/studies/search_panel.py" line="57"/>
        <location filename="../../bclm_viewer/ui/studies/search_panel.py" line="83"/>
        <source>Résultats de la recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/search_panel.py" line="85"/>
        <source>Aucun résultat pour « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/search_panel.py" line="88"/>
        <source>{n} résultat(s) pour « {text} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlideDetail</name>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/slide_detail.py" line="21"/>
        <location filename="../../bclm_viewer/ui/evidence/slide_detail.py" line="33"/>
        <source>Ouvrir la diapositive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/slide_detail.py" line="32"/>
        <source>Ouvrir la diapositive {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlideModels</name>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slide_models.py" line="70"/>
        <source>{n}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slide_models.py" line="72"/>
        <source>Diapositive {n} : {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slide_models.py" line="94"/>
        <source>Étude — {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slide_models.py" line="95"/>
        <source>Ouvrir la fiche de l&apos;étude {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slide_models.py" line="102"/>
        <source>Chiffre — {study} : {what} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slide_models.py" line="109"/>
        <source>critère n.r.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slide_models.py" line="110"/>
        <source>analyse n.r.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slide_models.py" line="113"/>
        <source>Facteur — {study} : {what} : {details}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlidesPage</name>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slides_page.py" line="64"/>
        <source>Diapositives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slides_page.py" line="73"/>
        <source>◀ Précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slides_page.py" line="74"/>
        <source>Diapositive précédente (Page précédente, ←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slides_page.py" line="75"/>
        <source>Suivante ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slides_page.py" line="76"/>
        <source>Diapositive suivante (Page suivante, →)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slides_page.py" line="77"/>
        <source>Présenter (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slides_page.py" line="78"/>
        <source>Plein écran, une diapositive à la fois ; Échap pour revenir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slides_page.py" line="85"/>
        <source>Texte de la diapositive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slides_page.py" line="91"/>
        <location filename="../../bclm_viewer/ui/slides/slides_page.py" line="100"/>
        <source>Sur cette diapositive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slides_page.py" line="177"/>
        <source>Diapositive {n} / {total} — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slides_page.py" line="182"/>
        <source>Sur cette diapositive ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudiesModel</name>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_model.py" line="67"/>
        <source>Étude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_model.py" line="68"/>
        <source>Année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_model.py" line="69"/>
        <source>Revue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_model.py" line="70"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_model.py" line="71"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_model.py" line="74"/>
        <source>OS5 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_model.py" line="75"/>
        <source>DFS5 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_model.py" line="76"/>
        <source>R0 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_model.py" line="77"/>
        <source>Période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_model.py" line="78"/>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_model.py" line="285"/>
        <source>Cliquer pour trier par « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_model.py" line="315"/>
        <source>non rapporté dans la diapositive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_model.py" line="318"/>
        <source>{mark} Lecture : {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_model.py" line="330"/>
        <source>non rapporté</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudiesPage</name>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_page.py" line="113"/>
        <location filename="../../bclm_viewer/ui/studies/studies_page.py" line="251"/>
        <source>{k} sur {n} études</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_page.py" line="257"/>
        <source>tous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_page.py" line="257"/>
        <source>au moins un</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_page.py" line="258"/>
        <source>Facteurs : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_page.py" line="263"/>
        <source>« {0} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudiesTable</name>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_table.py" line="44"/>
        <source>Études</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyModels</name>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="153"/>
        <source>{mark} Lecture (la diapositive ne le dit pas ainsi) : {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="233"/>
        <source>Mesure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="234"/>
        <source>Groupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="235"/>
        <source>Valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="237"/>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="265"/>
        <source>p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="238"/>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="266"/>
        <source>Diap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="243"/>
        <source>{what} : {value} ; p : {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="258"/>
        <source>Facteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="259"/>
        <source>Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="260"/>
        <source>Effet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="261"/>
        <source>Critère</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="263"/>
        <source>Analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="271"/>
        <source>{what} : {effect} ; critère : {endpoint} ; analyse : {analysis} ; p : {p}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyView</name>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="132"/>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="267"/>
        <source>Copier la citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="134"/>
        <source>Copie la référence dans le presse-papiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="148"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="148"/>
        <source>N (patientes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="149"/>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="149"/>
        <source>Période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="150"/>
        <source>Revue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="150"/>
        <source>Année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="151"/>
        <source>Auteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="151"/>
        <source>Diapositive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="155"/>
        <source> :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="168"/>
        <source>{mark} = lecture : la diapositive ne le dit pas en ces mots (mise en page, « Cox »…) ; le motif est dans l&apos;infobulle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="198"/>
        <source>Chiffres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="202"/>
        <source>Facteurs pronostiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="205"/>
        <source>Pas de notes pour cette étude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="216"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="277"/>
        <source>cas / témoins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="280"/>
        <source>Voir la diapositive {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="303"/>
        <source>{mark} Lecture : {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="324"/>
        <source>Chiffres ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="325"/>
        <source>Facteurs pronostiques ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="337"/>
        <source>Citation copiée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserData</name>
    <message>
        <location filename="../../bclm_viewer/ui/notes/user_data.py" line="59"/>
        <source>Vos notes ne peuvent pas être ouvertes : {error}
Rien n&apos;a été modifié. Fermez les autres copies de l&apos;application puis relancez-la.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/user_data_dialogs.py" line="35"/>
        <location filename="../../bclm_viewer/ui/notes/user_data_dialogs.py" line="37"/>
        <source>Base de notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/user_data_dialogs.py" line="50"/>
        <source>Exporter mes données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/user_data_dialogs.py" line="50"/>
        <location filename="../../bclm_viewer/ui/notes/user_data_dialogs.py" line="78"/>
        <source>Données bclm-viewer (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/user_data_dialogs.py" line="60"/>
        <source>Export impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/user_data_dialogs.py" line="65"/>
        <source>Export terminé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/user_data_dialogs.py" line="66"/>
        <source>Vos notes, étoiles et listes ont été enregistrées dans « {path} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/user_data_dialogs.py" line="78"/>
        <source>Importer des données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/user_data_dialogs.py" line="85"/>
        <source>Import impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/user_data_dialogs.py" line="90"/>
        <source>Import terminé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../bclm_viewer/ui/app.py" line="50"/>
        <source>Contenu invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/app.py" line="51"/>
        <source>Le contenu de la base de connaissances contient des erreurs ; la dernière base valide n&apos;a pas été modifiée. Corrigez les fichiers indiqués puis relancez « bclm-viewer check ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/app.py" line="62"/>
        <source>Base de connaissances illisible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/app.py" line="63"/>
        <source>La base de connaissances n&apos;a pas pu être ouverte. Vérifiez le chemin passé à --kb, ou relancez sans --kb pour utiliser la base intégrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/app.py" line="72"/>
        <source>Erreur inattendue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/app.py" line="73"/>
        <source>bclm-viewer n&apos;a pas pu démarrer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
