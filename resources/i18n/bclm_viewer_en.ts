<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/notes/notes_page.py" line="77"/>
        <source>%n élément(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/cli/query_commands.py" line="217"/>
        <source>%n étude(s) sur {total}</source>
        <translation>
            <numerusform>%n of {total} studies</numerusform>
            <numerusform>%n of {total} studies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/cli/query_commands.py" line="223"/>
        <source>%n résultat(s) en texte intégral pour {text} :</source>
        <translation>
            <numerusform>%n full-text hit for {text}:</numerusform>
            <numerusform>%n full-text hits for {text}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/cli/query_commands.py" line="247"/>
        <source>%n étude(s)</source>
        <translation>
            <numerusform>%n study</numerusform>
            <numerusform>%n studies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/study/questions.py" line="183"/>
        <source>%n patiente(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/notes/unsaved_notes.py" line="39"/>
        <source>%n note(s) n&apos;ont pas pu être enregistrées dans votre base de notes.</source>
        <translation>
            <numerusform>%n note could not be saved to your notes file.</numerusform>
            <numerusform>%n notes could not be saved to your notes file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/notes/unsaved_notes.py" line="123"/>
        <source>%n note(s) qui n&apos;avaient pas pu être enregistrées lors d&apos;une session précédente ont été retrouvées ({ids}). Les restaurer dans vos notes ? Si une note a changé depuis, l&apos;autre version est gardée à côté, rien n&apos;est écrasé.</source>
        <translation>
            <numerusform>%n note that could not be saved in a previous session was found ({ids}). Restore it to your notes? If the note has changed since, the other version is kept alongside; nothing is overwritten.</numerusform>
            <numerusform>%n notes that could not be saved in a previous session were found ({ids}). Restore them to your notes? If a note has changed since, the other version is kept alongside; nothing is overwritten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/evidence/talk/model.py" line="177"/>
        <source>diapositive(s) {numbers}</source>
        <translation>
            <numerusform>slide {numbers}</numerusform>
            <numerusform>slides {numbers}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/evidence/talk/model.py" line="178"/>
        <source>diapo(s) {numbers}</source>
        <translation>
            <numerusform>slide {numbers}</numerusform>
            <numerusform>slides {numbers}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/cli/quiz_commands.py" line="74"/>
        <source>%n note(s) écrite(s) dans {path}</source>
        <translation>
            <numerusform>%n note written to {path}</numerusform>
            <numerusform>%n notes written to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/evidence/studies_list.py" line="68"/>
        <source>{filter} — %n sur {total} étude(s)</source>
        <translation>
            <numerusform>{filter} — %n of {total} studies</numerusform>
            <numerusform>{filter} — %n of {total} studies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/evidence/agreement.py" line="139"/>
        <source>{names} et %n autre(s)</source>
        <translation>
            <numerusform>{names} and %n other</numerusform>
            <numerusform>{names} and %n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/evidence/figures.py" line="23"/>
        <source>étude(s) inconnue(s) : {ids}</source>
        <translation>
            <numerusform>unknown study: {ids}</numerusform>
            <numerusform>unknown studies: {ids}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/evidence/matrix.py" line="59"/>
        <source>facteur(s) inconnu(s) : {ids}</source>
        <translation>
            <numerusform>unknown factor: {ids}</numerusform>
            <numerusform>unknown factors: {ids}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/notes/records.py" line="235"/>
        <source>%n note(s) ajoutée(s), </source>
        <translation>
            <numerusform>%n note added, </numerusform>
            <numerusform>%n notes added, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/notes/records.py" line="236"/>
        <source>%n déjà identique(s).</source>
        <translation>
            <numerusform>%n already the same.</numerusform>
            <numerusform>%n already the same.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/notes/records.py" line="237"/>
        <source>%n étoile(s) ajoutée(s).</source>
        <translation>
            <numerusform>%n star added.</numerusform>
            <numerusform>%n stars added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/notes/records.py" line="238"/>
        <source>%n liste(s) ajoutée(s), </source>
        <translation>
            <numerusform>%n list added, </numerusform>
            <numerusform>%n lists added, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/notes/records.py" line="239"/>
        <source>%n déjà présente(s).</source>
        <translation>
            <numerusform>%n already here.</numerusform>
            <numerusform>%n already here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddToList</name>
    <message>
        <location filename="../../bclm_viewer/ui/notes/add_to_list.py" line="28"/>
        <source>Exposé du {day} {month}</source>
        <translation>Talk of {month} {day}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/add_to_list.py" line="53"/>
        <source>Notes indisponibles</source>
        <translation>Notes unavailable</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/add_to_list.py" line="69"/>
        <source>Nouvelle liste ({name})</source>
        <translation>New list ({name})</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/add_to_list.py" line="75"/>
        <location filename="../../bclm_viewer/ui/notes/add_to_list.py" line="94"/>
        <source>Ajouter à une liste</source>
        <translation>Add to a list</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <location filename="../../bclm_viewer/evidence/agreement.py" line="133"/>
        <source> ; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/agreement.py" line="144"/>
        <source>« {level} »</source>
        <translation>“{level}”</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/agreement.py" line="145"/>
        <source>(niveau non précisé)</source>
        <translation>(level not stated)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/agreement.py" line="180"/>
        <source>Sens opposés : {a} ; {b}.</source>
        <translation>Opposite directions: {a}; {b}.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/agreement.py" line="186"/>
        <source>Significatif dans : {sig} — non significatif (NS) dans : {ns}.</source>
        <translation>Significant in: {sig} — not significant (NS) in: {ns}.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/agreement.py" line="193"/>
        <source>Les résultats significatifs vont dans le même sens.</source>
        <translation>The significant results point the same way.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/agreement.py" line="204"/>
        <source>Sens non comparable : les niveaux ne sont pas précisés ou ne disent pas le même sens ({groups}) ; impossible de dire si les séries concordent.</source>
        <translation>Direction not comparable: the levels are not stated or do not name the same side ({groups}); the series cannot be said to agree.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/agreement.py" line="212"/>
        <source>Non significatif (NS) dans : {names}.</source>
        <translation>Not significant (NS) in: {names}.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/agreement.py" line="215"/>
        <source>Même sens : {groups}.</source>
        <translation>Same direction: {groups}.</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <location filename="../../bclm_viewer/ui/study/card_view.py" line="93"/>
        <source>Voir la réponse (Espace)</source>
        <translation>Show the answer (Space)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/card_view.py" line="113"/>
        <source>La diapositive d&apos;où vient la réponse</source>
        <translation>The slide the answer comes from</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/card_view.py" line="170"/>
        <source>À revoir {n} / {again}</source>
        <translation>Again {n} / {again}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/card_view.py" line="172"/>
        <source>Carte {n} / {total}</source>
        <translation>Card {n} / {total}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/card_view.py" line="174"/>
        <source>(+{again} à revoir)</source>
        <translation>(+{again} to review again)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/card_view.py" line="193"/>
        <source>Tapez la valeur puis Entrée ({tol})</source>
        <translation>Type the value, then Enter ({tol})</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/card_view.py" line="238"/>
        <source>Réponse :</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/card_view.py" line="241"/>
        <source>Juste.</source>
        <translation>Right.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/card_view.py" line="241"/>
        <source>Faux.</source>
        <translation>Wrong.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/card_view.py" line="245"/>
        <source>« {quote} » — diapositive {n}, {study}</source>
        <translation>“{quote}” — slide {n}, {study}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/card_view.py" line="251"/>
        <source>Ouvrir la diapositive {n}</source>
        <translation>Open slide {n}</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="56"/>
        <source>Patiente</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="57"/>
        <source>Tumeur primitive</source>
        <translation>Primary tumour</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="58"/>
        <source>Biologie tumorale</source>
        <translation>Tumour biology</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="59"/>
        <source>Maladie métastatique</source>
        <translation>Metastatic disease</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="60"/>
        <source>Traitement systémique</source>
        <translation>Systemic treatment</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="61"/>
        <source>Chirurgie</source>
        <translation>Surgery</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="62"/>
        <source>Épidémiologie</source>
        <translation>Epidemiology</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="63"/>
        <source>Revue</source>
        <translation>Systematic review</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="64"/>
        <source>Effectifs</source>
        <translation>Numbers of patients</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="65"/>
        <source>Présentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="66"/>
        <source>Survie</source>
        <translation>Survival</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="67"/>
        <source>Récidive</source>
        <translation>Recurrence</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="68"/>
        <source>Réponse</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="69"/>
        <source>Cas clinique</source>
        <translation>Clinical case</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_drawing.py" line="49"/>
        <source>N n.r.</source>
        <translation>N n.r.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_drawing.py" line="50"/>
        <source>N = {n}</source>
        <translation>N = {n}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_drawing.py" line="121"/>
        <source>nombre</source>
        <translation>count</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_drawing.py" line="187"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_drawing.py" line="191"/>
        <source>Extrêmes [min – max]</source>
        <translation>Range [min – max]</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_drawing.py" line="197"/>
        <location filename="../../bclm_viewer/ui/evidence/chart_drawing.py" line="202"/>
        <source>Borne (&lt; ou &gt;) : barre ouverte jusqu&apos;à la borne</source>
        <translation>Bound (&lt; or &gt;): open bar up to the bound</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_drawing.py" line="207"/>
        <source>Intervalle (bas – haut)</source>
        <translation>Interval (low – high)</translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="59"/>
        <source>Mesure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="68"/>
        <source>Exporter en PNG…</source>
        <translation>Export as PNG…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="69"/>
        <source>Exporter en SVG…</source>
        <translation>Export as SVG…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="72"/>
        <source>Mesure :</source>
        <translation>Measure:</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="97"/>
        <source>Ouvrir la diapositive</source>
        <translation>Open the slide</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="173"/>
        <source>toutes les études</source>
        <translation>all studies</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="174"/>
        <source>sélection</source>
        <translation>selection</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="176"/>
        <source>{scope} : {k} sur {n} rapportent cette mesure</source>
        <translation>{scope}: {k} of {n} report this measure</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="181"/>
        <source>Non rapporté :</source>
        <translation>Not reported:</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="185"/>
        <source>Toutes les études retenues rapportent cette mesure.</source>
        <translation>All the chosen studies report this measure.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="193"/>
        <source>{k} premières valeurs sur {n} : restreignez la sélection pour voir les autres.</source>
        <translation>First {k} values of {n}: narrow the selection to see the others.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="199"/>
        <source> et %n autre(s)</source>
        <translation>
            <numerusform> and %n other</numerusform>
            <numerusform> and %n others</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="200"/>
        <source>Non rapporté : {names}</source>
        <translation>Not reported: {names}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="201"/>
        <source>Valeurs telles qu&apos;écrites sur les diapositives.</source>
        <translation>Values as written on the slides.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="205"/>
        <source>◊ lecture (la diapositive ne le dit pas mot pour mot) — </source>
        <translation>◊ reading (the slide does not say it word for word) — </translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="216"/>
        <source>Cliquez une barre pour voir sa citation.</source>
        <translation>Click a bar to see its quote.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="222"/>
        <source>Diapositive {n} — « {quote} »</source>
        <translation>Slide {n} — “{quote}”</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="246"/>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="254"/>
        <source>Exporter le graphique</source>
        <translation>Export the chart</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="247"/>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="255"/>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>ChipsBar</name>
    <message>
        <location filename="../../bclm_viewer/ui/studies/chips.py" line="48"/>
        <source>Tout effacer</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/chips.py" line="49"/>
        <source>Retirer tous les filtres et la recherche</source>
        <translation>Remove every filter and the search</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/chips.py" line="52"/>
        <source>Aucun filtre : toutes les études sont listées.</source>
        <translation>No filter: every study is listed.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/chips.py" line="79"/>
        <source>Retirer le filtre « {0} »</source>
        <translation>Remove the filter “{0}”</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/chips.py" line="81"/>
        <source>Retirer le filtre {0}</source>
        <translation>Remove the filter {0}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../bclm_viewer/cli/evidence_commands.py" line="76"/>
        <source>La liste des études : « bclm-viewer search ».</source>
        <translation>The list of studies: “bclm-viewer search”.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/evidence_commands.py" line="80"/>
        <source>La liste des facteurs : « bclm-viewer factors ».</source>
        <translation>The list of factors: “bclm-viewer factors”.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/evidence_commands.py" line="106"/>
        <source>il faut au moins deux études différentes.</source>
        <translation>at least two different studies are needed.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/query_commands.py" line="41"/>
        <source>diapositive {n} — « {quote} »</source>
        <translation>slide {n} — “{quote}”</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/query_commands.py" line="171"/>
        <source>facteur inconnu {id} ; les facteurs : {known} (voir « {prog} factors »)</source>
        <translation>unknown factor id {id}; known factors: {known} (see “{prog} factors”)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/query_commands.py" line="175"/>
        <source>effet inconnu {value} ; attendu : {known}</source>
        <translation>unknown effect {value}; expected one of: {known}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/query_commands.py" line="179"/>
        <source>critère inconnu {value} ; attendu : {known}</source>
        <translation>unknown endpoint {value}; expected one of: {known}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/query_commands.py" line="210"/>
        <source>Étude</source>
        <translation>Study</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/query_commands.py" line="210"/>
        <location filename="../../bclm_viewer/cli/query_commands.py" line="287"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/query_commands.py" line="210"/>
        <location filename="../../bclm_viewer/cli/query_commands.py" line="288"/>
        <source>Revue</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/query_commands.py" line="219"/>
        <source>{nr} = non rapporté par le diaporama</source>
        <translation>{nr} = not reported by the deck</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/query_commands.py" line="220"/>
        <source> ; {mark} = une lecture de la diapositive, voir « {prog} show ID »</source>
        <translation>; {mark} = a reading of the slide, see “{prog} show ID”</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/query_commands.py" line="226"/>
        <source>diapositive {n}</source>
        <translation>slide {n}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/query_commands.py" line="227"/>
        <source>glossaire</source>
        <translation>glossary</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/query_commands.py" line="264"/>
        <source>étude inconnue {id} (les identifiants : « {prog} search »)</source>
        <translation>unknown study id {id} (see “{prog} search” for the ids)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/query_commands.py" line="286"/>
        <source>Premier auteur</source>
        <translation>First author</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/query_commands.py" line="288"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/query_commands.py" line="289"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/query_commands.py" line="289"/>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/query_commands.py" line="290"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/query_commands.py" line="291"/>
        <source>Patientes</source>
        <translation>Patients</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/query_commands.py" line="292"/>
        <source>Diapositive</source>
        <translation>Slide</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/query_commands.py" line="295"/>
        <source>Chiffres ({n}) :</source>
        <translation>Figures ({n}):</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/query_commands.py" line="300"/>
        <source>groupe</source>
        <translation>group</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/query_commands.py" line="308"/>
        <source>Constats ({n}) :</source>
        <translation>Findings ({n}):</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/query_commands.py" line="316"/>
        <source>{effect} ; critère {endpoint} ; analyse {analysis} ; p {p}</source>
        <translation>{effect}; endpoint {endpoint}; analysis {analysis}; p {p}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/query_commands.py" line="323"/>
        <source>Lectures (la diapositive ne le dit pas en ces mots ; la base de connaissances le lit ainsi) :</source>
        <translation>Readings (the slide does not say it in these words; the knowledge base reads it so):</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/query_commands.py" line="328"/>
        <source>Notes :</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="60"/>
        <source>Masquer les lignes sans donnée</source>
        <translation>Hide rows without data</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="63"/>
        <source>Cache les lignes qu&apos;aucune des études comparées ne rapporte.</source>
        <translation>Hides the rows that none of the compared studies reports.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="65"/>
        <source>Retirer l&apos;étude</source>
        <translation>Remove the study</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="66"/>
        <source>Retire de la comparaison l&apos;étude de la cellule sélectionnée.</source>
        <translation>Removes the selected cell&apos;s study from the comparison.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="68"/>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="226"/>
        <source>Copier la citation</source>
        <translation>Copy the citation</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="82"/>
        <source>★ meilleure valeur, ▽ moins bonne (sens de la mesure ; seules les valeurs ponctuelles uniques sont classées, jamais un intervalle ou une borne) · n.r. = non rapporté · valeurs telles qu&apos;écrites sur les diapositives · ◊ (italique) = lecture : la diapositive ne le dit pas mot pour mot, motif dans l&apos;infobulle</source>
        <translation>★ best value, ▽ worst (by the measure&apos;s direction; only single point values are ranked, never an interval or a bound) · n.r. = not reported · values as written on the slides · ◊ (italics) = reading: the slide does not say it word for word, reason in the tooltip</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="121"/>
        <source>Comparaison des études</source>
        <translation>Comparison of studies</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="167"/>
        <source>Aucune étude comparée. Sélectionnez au moins deux études dans la page Études (Ctrl-clic ou Maj-clic), puis Comparer (Ctrl+D).</source>
        <translation>No study compared. Select at least two studies on the Studies page (Ctrl-click or Shift-click), then Compare (Ctrl+D).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="172"/>
        <source>Comparaison de %n étude(s)</source>
        <translation>
            <numerusform>Comparison of %n study</numerusform>
            <numerusform>Comparison of %n studies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="218"/>
        <source>Ouvrir la diapositive {n}</source>
        <translation>Open slide {n}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="225"/>
        <source>Retirer cette étude</source>
        <translation>Remove this study</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="227"/>
        <source>Ouvrir l&apos;étude</source>
        <translation>Open the study</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="238"/>
        <source>Cliquez une cellule pour voir sa diapositive et la citation exacte.</source>
        <translation>Click a cell to see its slide and the exact quote.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="244"/>
        <source>Non rapporté sur les diapositives.</source>
        <translation>Not reported on the slides.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="278"/>
        <source>Comparaison des séries — MHKS</source>
        <translation>Comparison of the series — BCLM</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="279"/>
        <source>Document préparé le {date} · bclm-viewer · d&apos;après le diaporama MHKS</source>
        <translation>Document prepared on {date} · bclm-viewer · from the MHKS slide deck</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="144"/>
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="294"/>
        <source>Comparaison</source>
        <translation>Comparison</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_model.py" line="56"/>
        <source>Diapositive {n}</source>
        <translation>Slide {n}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_model.py" line="229"/>
        <source>Non rapporté sur les diapositives.</source>
        <translation>Not reported on the slides.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_model.py" line="231"/>
        <source>{mark} Lecture : {why}</source>
        <translation>{mark} Reading: {why}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_model.py" line="234"/>
        <source>★ Meilleure valeur de la ligne.</source>
        <translation>★ Best value of the row.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_model.py" line="236"/>
        <source>▽ Moins bonne valeur de la ligne.</source>
        <translation>▽ Worst value of the row.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_model.py" line="275"/>
        <source>Unité : {unit}</source>
        <translation>Unit: {unit}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_model.py" line="277"/>
        <source>★ = valeur la plus haute (plus c&apos;est haut, mieux c&apos;est).</source>
        <translation>★ = highest value (higher is better).</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_model.py" line="279"/>
        <source>★ = valeur la plus basse (plus c&apos;est bas, mieux c&apos;est).</source>
        <translation>★ = lowest value (lower is better).</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/compare_model.py" line="282"/>
        <source>Pas de meilleure ou moins bonne valeur marquée : un intervalle, une borne ou un chiffre de sous-groupe pourrait la dépasser.</source>
        <translation>No best or worst value marked: an interval, a bound or a subgroup figure could exceed it.</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <location filename="../../bclm_viewer/ui/notes/conflict_bar.py" line="42"/>
        <source>Prendre l&apos;autre version</source>
        <translation>Take the other version</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/conflict_bar.py" line="45"/>
        <source>Garder la mienne</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/conflict_bar.py" line="68"/>
        <source>modifiée dans une autre fenêtre</source>
        <translation>changed in another window</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/conflict_bar.py" line="70"/>
        <source>importée de « {source} »</source>
        <translation>imported from “{source}”</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/conflict_bar.py" line="73"/>
        <source>Une autre version de cette note ({origin}, {date}) a été conservée.</source>
        <translation>Another version of this note ({origin}, {date}) was kept.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/conflict_bar.py" line="82"/>
        <source>Autre version :</source>
        <translation>Other version:</translation>
    </message>
</context>
<context>
    <name>DaysChart</name>
    <message>
        <location filename="../../bclm_viewer/ui/study/progress_view.py" line="31"/>
        <source>Révisions par jour et cartes à venir</source>
        <translation>Reviews per day and cards coming up</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/progress_view.py" line="38"/>
        <source>Réponses ces {n} derniers jours : {a} ; cartes dues dans les {n} prochains jours : {b}</source>
        <translation>Answers in the last {n} days: {a}; cards due in the next {n} days: {b}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/progress_view.py" line="55"/>
        <source>Réponses, 14 derniers jours</source>
        <translation>Answers, last 14 days</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/progress_view.py" line="56"/>
        <source>À revoir, 14 prochains jours</source>
        <translation>Due, next 14 days</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/progress_view.py" line="76"/>
        <source>aujourd&apos;hui</source>
        <translation>today</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="70"/>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="99"/>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="130"/>
        <source>Impossible d&apos;écrire {path}</source>
        <translation>Cannot write {path}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="108"/>
        <source>Imprimer le document</source>
        <translation>Print the document</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="142"/>
        <source>Exporté de bclm-viewer</source>
        <translation>Exported from bclm-viewer</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="175"/>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="229"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="218"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="218"/>
        <source>Exporter en CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="218"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="220"/>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="220"/>
        <source>Exporter en Markdown</source>
        <translation>Export as Markdown</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="220"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="222"/>
        <source>Image PNG…</source>
        <translation>PNG image…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="222"/>
        <source>Exporter en image</source>
        <translation>Export as an image</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="222"/>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="224"/>
        <source>Document PDF…</source>
        <translation>PDF document…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="224"/>
        <source>Exporter en PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="224"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="226"/>
        <source>Imprimer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/export_ui.py" line="227"/>
        <source>Copier en Markdown</source>
        <translation>Copy as Markdown</translation>
    </message>
</context>
<context>
    <name>FacetOffer</name>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facet_offer.py" line="71"/>
        <source>Filtrer par : {0}</source>
        <translation>Filter by: {0}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facet_offer.py" line="77"/>
        <source>Cocher le facteur « {0} » dans le panneau des facteurs (le filtre garde les études ayant un résultat sur ce facteur ; le niveau reste dans la recherche)</source>
        <translation>Tick the factor “{0}” in the factors panel (the filter keeps the studies with a finding on this factor; the level stays in the search)</translation>
    </message>
</context>
<context>
    <name>Facets</name>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facet_models.py" line="261"/>
        <source>Facteur</source>
        <translation>Factor</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facet_models.py" line="261"/>
        <source>Études</source>
        <translation>Studies</translation>
    </message>
</context>
<context>
    <name>FacetsPanel</name>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="108"/>
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="139"/>
        <source>Facteurs pronostiques</source>
        <translation>Prognostic factors</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="112"/>
        <source>tous</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="113"/>
        <source>Études qui rapportent tous les facteurs cochés</source>
        <translation>Studies that report all the checked factors</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="114"/>
        <source>au moins un</source>
        <translation>at least one</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="116"/>
        <source>Études qui rapportent au moins un des facteurs cochés</source>
        <translation>Studies that report at least one of the checked factors</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="150"/>
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="152"/>
        <source>Effet</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="151"/>
        <source>Critère</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="154"/>
        <source>Critère de jugement</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="272"/>
        <source>⚠ conflit</source>
        <translation>⚠ conflict</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="273"/>
        <source>≠ discordance</source>
        <translation>≠ discordance</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="276"/>
        <source>Voir aussi « {other} » (facteur distinct, lié à « {name} »).</source>
        <translation>See also “{other}” (a distinct factor, related to “{name}”).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="284"/>
        <source>{mark} « {value} » inclut des lectures : pour %n étude(s) de la base, ce critère est lu de la mise en page de la diapositive, pas écrit.</source>
        <translation>
            <numerusform>{mark} “{value}” includes readings: for %n study of the base, this endpoint is read from the layout of the slide, not written.</numerusform>
            <numerusform>{mark} “{value}” includes readings: for %n studies of the base, this endpoint is read from the layout of the slide, not written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="291"/>
        <source>{mark} « {value} » inclut des lectures : pour %n étude(s) de la base, ce sens est lu de la diapositive, pas écrit.</source>
        <translation>
            <numerusform>{mark} “{value}” includes readings: for %n study of the base, this direction is read from the slide, not written.</numerusform>
            <numerusform>{mark} “{value}” includes readings: for %n studies of the base, this direction is read from the slide, not written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactorTreeModel</name>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/studies/facet_models.py" line="240"/>
        <source>{name} : %n étude(s) avec le filtre actuel</source>
        <translation>
            <numerusform>{name}: %n study with the current filter</numerusform>
            <numerusform>{name}: %n studies with the current filter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryModel</name>
    <message>
        <location filename="../../bclm_viewer/ui/reference/glossary_model.py" line="40"/>
        <source>En français</source>
        <translation>In French</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/reference/glossary_model.py" line="41"/>
        <source>Terme</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/reference/glossary_model.py" line="41"/>
        <source>Signification</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/reference/glossary_model.py" line="40"/>
        <source>En anglais</source>
        <translation>In English</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <location filename="../../bclm_viewer/ui/reference/glossary_page.py" line="41"/>
        <source>Filtrer : abréviation ou signification…</source>
        <translation>Filter: abbreviation or meaning…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/reference/glossary_page.py" line="43"/>
        <source>Filtrer le glossaire</source>
        <translation>Filter the glossary</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/reference/glossary_page.py" line="47"/>
        <source>Aucun terme ne correspond à ce filtre.</source>
        <translation>No term matches this filter.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/reference/glossary_page.py" line="53"/>
        <source>Glossaire</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/reference/glossary_page.py" line="88"/>
        <source>{k} sur {n} termes</source>
        <translation>{k} of {n} terms</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../bclm_viewer/evidence/export_html.py" line="67"/>
        <location filename="../../bclm_viewer/evidence/export_text.py" line="30"/>
        <source>« {quote} »</source>
        <translation>“{quote}”</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/export_html.py" line="126"/>
        <source>{best} meilleure valeur, {worst} moins bonne valeur (sens de la mesure ; seules les valeurs ponctuelles uniques sont classées, jamais un intervalle ou une borne) ; {nr} = non rapporté. Valeurs telles qu&apos;écrites sur les diapositives ;</source>
        <translation>{best} best value, {worst} worst value (by the measure&apos;s direction; only single point values are ranked, never an interval or a bound); {nr} = not reported. Values as written on the slides;</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/export_html.py" line="178"/>
        <source>{poor} = péjoratif, {fav} = favorable, {ns} = non significatif, {nr} = non rapporté. {conflict} : des séries donnent des sens opposés ; {discordant} : significatif dans une série, non significatif dans une autre.</source>
        <translation>{poor} = poor prognosis, {fav} = favourable, {ns} = not significant, {nr} = not reported. {conflict}: series give opposite directions; {discordant}: significant in one series, not significant in another.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/export_text.py" line="122"/>
        <location filename="../../bclm_viewer/evidence/export_text.py" line="216"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/export_text.py" line="122"/>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/export_text.py" line="123"/>
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/export_text.py" line="125"/>
        <location filename="../../bclm_viewer/evidence/export_text.py" line="218"/>
        <source>{study} — sources</source>
        <translation>{study} — sources</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/export_text.py" line="146"/>
        <source>{best} meilleure valeur, {worst} moins bonne (valeurs ponctuelles comparables seulement) ; {nr} = non rapporté ; valeurs telles qu&apos;écrites sur les diapositives ;</source>
        <translation>{best} best value, {worst} worst (comparable point values only); {nr} = not reported; values as written on the slides;</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/export_text.py" line="165"/>
        <source> : </source>
        <translation>: </translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/export_text.py" line="216"/>
        <location filename="../../bclm_viewer/evidence/export_text.py" line="235"/>
        <source>Facteur</source>
        <translation>Factor</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/export_text.py" line="219"/>
        <location filename="../../bclm_viewer/evidence/export_text.py" line="236"/>
        <source>Accord</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/export_text.py" line="219"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/export_text.py" line="244"/>
        <source>{poor} = péjoratif, {fav} = favorable, {ns} = non significatif ; {nr} = non rapporté. {conflict} : sens opposés ; {discordant} : significatif dans une série, NS dans une autre.</source>
        <translation>{poor} = poor prognosis, {fav} = favourable, {ns} = not significant; {nr} = not reported. {conflict}: opposite directions; {discordant}: significant in one series, NS in another.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../../bclm_viewer/ui/importer/launch.py" line="61"/>
        <source>Importer un diaporama</source>
        <translation>Import a slide deck</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/launch.py" line="62"/>
        <source>Diaporamas (*.pptx *.txt);;Tous les fichiers (*)</source>
        <translation>Slide decks (*.pptx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/launch.py" line="67"/>
        <source>Dossier de contenu où l&apos;importer (nouveau ou existant)</source>
        <translation>Content folder to import it into (new or existing)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/launch.py" line="76"/>
        <source>Import impossible</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/launch.py" line="79"/>
        <source>{error}. Rien n&apos;a été écrit.</source>
        <translation>{error}. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/launch.py" line="99"/>
        <source>Contenu illisible</source>
        <translation>Unreadable content</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_form.py" line="38"/>
        <source>Premier auteur</source>
        <translation>First author</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_form.py" line="39"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_form.py" line="40"/>
        <source>Revue</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_form.py" line="41"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_form.py" line="42"/>
        <source>Type d&apos;étude</source>
        <translation>Study type</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_form.py" line="43"/>
        <source>Mesure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_form.py" line="44"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_form.py" line="45"/>
        <source>Groupe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_form.py" line="47"/>
        <source>Facteur</source>
        <translation>Factor</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_form.py" line="48"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_form.py" line="49"/>
        <source>Effet</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_form.py" line="50"/>
        <source>Critère (OS / DFS)</source>
        <translation>Endpoint (OS / DFS)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_form.py" line="51"/>
        <source>Analyse</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_form.py" line="57"/>
        <source>— non renseigné —</source>
        <translation>— not filled in —</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_form.py" line="102"/>
        <source>raison : ce que la mise en page suggère…</source>
        <translation>reason: what the layout suggests…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_form.py" line="103"/>
        <source>Marquer comme lecture</source>
        <translation>Mark as a reading</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_form.py" line="113"/>
        <location filename="../../bclm_viewer/ui/importer/review_model.py" line="28"/>
        <source>Étude</source>
        <translation>Study</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_form.py" line="172"/>
        <source>Aucun champ marqué comme lecture.</source>
        <translation>No field marked as a reading.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_form.py" line="174"/>
        <source>Lectures : {fields}</source>
        <translation>Readings: {fields}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_form.py" line="174"/>
        <source> ; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_model.py" line="26"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_model.py" line="27"/>
        <source>Diapo</source>
        <translation>Slide</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_model.py" line="29"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_model.py" line="29"/>
        <source>Mesure / facteur</source>
        <translation>Measure / factor</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_model.py" line="30"/>
        <source>Valeur / niveau</source>
        <translation>Value / level</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_model.py" line="30"/>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_model.py" line="33"/>
        <source>étude</source>
        <translation>study</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_model.py" line="34"/>
        <source>chiffre</source>
        <translation>figure</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_model.py" line="35"/>
        <source>facteur</source>
        <translation>factor</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_model.py" line="38"/>
        <source>à revoir</source>
        <translation>to review</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_model.py" line="39"/>
        <source>accepté</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_model.py" line="39"/>
        <source>rejeté</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_model.py" line="120"/>
        <source>{progress} (lecture des fichiers…)</source>
        <translation>{progress} (reading the files…)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_page.py" line="116"/>
        <source>Accepter (Entrée)</source>
        <translation>Accept (Enter)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_page.py" line="117"/>
        <source>Rejeter (Suppr)</source>
        <translation>Reject (Del)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_page.py" line="181"/>
        <source>Diapositive {n} — {title}</source>
        <translation>Slide {n} — {title}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_page.py" line="221"/>
        <source>Non accepté : {error}</source>
        <translation>Not accepted: {error}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_page.py" line="233"/>
        <source>Non rejeté : {error}</source>
        <translation>Not rejected: {error}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_page.py" line="242"/>
        <source>Tout est revu : Ctrl+B construit la base et l&apos;ouvre.</source>
        <translation>Everything is reviewed: Ctrl+B builds the base and opens it.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_page.py" line="255"/>
        <source>Revue de l&apos;import — {folder}</source>
        <translation>Review of the import — {folder}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_page.py" line="259"/>
        <source>&amp;Revue</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_page.py" line="260"/>
        <source>&amp;Construire la base et l&apos;ouvrir</source>
        <translation>&amp;Build the base and open it</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_page.py" line="263"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/importer/review_page.py" line="276"/>
        <source>La base n&apos;a pas pu être construite :
{error}</source>
        <translation>The base could not be built:
{error}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/kb/importer/review.py" line="165"/>
        <source>{done} / {total} revus</source>
        <translation>{done} / {total} reviewed</translation>
    </message>
</context>
<context>
    <name>KbOverview</name>
    <message>
        <location filename="../../bclm_viewer/ui/studies/kb_overview.py" line="65"/>
        <source>La base en bref</source>
        <translation>The knowledge base at a glance</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/kb_overview.py" line="73"/>
        <source>{studies} études, {slides} diapositives, {outcomes} chiffres, {findings} constats pronostiques, {questions} questions et perspectives.</source>
        <translation>{studies} studies, {slides} slides, {outcomes} figures, {findings} prognostic findings, {questions} questions and perspectives.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/kb_overview.py" line="81"/>
        <source>Facteurs sur lesquels les séries divergent</source>
        <translation>Factors on which the series disagree</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/kb_overview.py" line="82"/>
        <source>Vos études étoilées et vos dernières notes</source>
        <translation>Your starred studies and latest notes</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/kb_overview.py" line="84"/>
        <source>Vos études étoilées et notes</source>
        <translation>Your starred studies and notes</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/kb_overview.py" line="91"/>
        <source>Aucune pour l&apos;instant : ☆ sur la fiche d&apos;une étude pour l&apos;étoiler, et votre note en dessous.</source>
        <translation>None yet: ☆ on a study&apos;s page stars it, and your note goes below it.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/kb_overview.py" line="98"/>
        <source>Pour commencer : cochez un facteur à gauche, ou tapez dans la recherche (Ctrl+F) ; Maj-clic sur deux études puis Ctrl+D pour les comparer ; Alt+← pour revenir en arrière ; F1 : tous les raccourcis.</source>
        <translation>To start: tick a factor on the left, or type in the search box (Ctrl+F); Shift-click two studies, then Ctrl+D to compare them; Alt+← to go back; F1: all the shortcuts.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/kb_overview.py" line="128"/>
        <source>⚠ conflit : sens opposés</source>
        <translation>⚠ conflict: opposite directions</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/kb_overview.py" line="129"/>
        <source>≠ discordance : significatif / NS</source>
        <translation>≠ discordance: significant / NS</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/kb_overview.py" line="136"/>
        <source>Cliquez : les études qui rapportent ce facteur</source>
        <translation>Click: the studies that report this factor</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/kb_overview.py" line="140"/>
        <source>Facteurs sur lesquels les séries divergent ({n})</source>
        <translation>Factors on which the series disagree ({n})</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/kb_overview.py" line="159"/>
        <source>✎ {study} : {text}</source>
        <translation>✎ {study}: {text}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../bclm_viewer/ui/common/labels.py" line="33"/>
        <source>Sélectionnez une étude dans la liste pour afficher sa fiche.</source>
        <translation>Select a study in the list to show its record.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/labels.py" line="117"/>
        <source>« {quote} »</source>
        <translation>“{quote}”</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/labels.py" line="119"/>
        <source>Diapositive {n}</source>
        <translation>Slide {n}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/common/labels.py" line="120"/>
        <source>Diapositive {n} : « {quote} »</source>
        <translation>Slide {n}: “{quote}”</translation>
    </message>
</context>
<context>
    <name>ListCli</name>
    <message>
        <location filename="../../bclm_viewer/cli/list_commands.py" line="118"/>
        <source>Liste « {name} » créée.</source>
        <translation>List “{name}” created.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/list_commands.py" line="126"/>
        <source>Ajouté à « {name} » : {item}</source>
        <translation>Added to “{name}”: {item}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/list_commands.py" line="146"/>
        <source>Écrit : {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/list_commands.py" line="203"/>
        <source>Comparaison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/list_commands.py" line="208"/>
        <source>Matrice des facteurs pronostiques</source>
        <translation>Prognostic factor matrix</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../bclm_viewer/ui/notes/list_export.py" line="24"/>
        <source>Étude</source>
        <translation>Study</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/list_export.py" line="24"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/list_export.py" line="24"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/list_export.py" line="24"/>
        <source>OS5 (%)</source>
        <translation>OS5 (%)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/list_export.py" line="24"/>
        <source>DFS5 (%)</source>
        <translation>DFS5 (%)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/list_export.py" line="24"/>
        <source>R0 (%)</source>
        <translation>R0 (%)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/list_export.py" line="33"/>
        <source>étude absente de la base</source>
        <translation>study missing from the base</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/list_export.py" line="78"/>
        <source>Exporter la liste en Markdown</source>
        <translation>Export the list as Markdown</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/list_export.py" line="78"/>
        <source>Exporter la liste en PDF</source>
        <translation>Export the list as PDF</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/list_export.py" line="79"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/list_export.py" line="79"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ListPresentation</name>
    <message>
        <location filename="../../bclm_viewer/ui/notes/list_presentation.py" line="112"/>
        <source>Non rapporté (n.r.) : {names}</source>
        <translation>Not reported (n.r.): {names}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/list_presentation.py" line="133"/>
        <source>Élément indisponible</source>
        <translation>Item unavailable</translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="71"/>
        <source>Nouvelle liste</source>
        <translation>New list</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="72"/>
        <source>Renommer</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="73"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="76"/>
        <source>Listes supprimées</source>
        <translation>Deleted lists</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="84"/>
        <source>Mes listes</source>
        <translation>My lists</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="110"/>
        <source>Glissez-déposez les éléments pour changer leur ordre.</source>
        <translation>Drag and drop the items to change their order.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="113"/>
        <source>Ajouter l&apos;étude courante</source>
        <translation>Add the current study</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="116"/>
        <source>Ajouter la diapositive courante</source>
        <translation>Add the current slide</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="121"/>
        <source>Ajouter la comparaison courante</source>
        <translation>Add the current comparison</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="125"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="126"/>
        <source>Retirer de la liste</source>
        <translation>Remove from the list</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="131"/>
        <source>Présenter</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="134"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="137"/>
        <source>En Markdown…</source>
        <translation>As Markdown…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="138"/>
        <source>En PDF…</source>
        <translation>As PDF…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="139"/>
        <source>Exporter en PowerPoint…</source>
        <translation>Export to PowerPoint…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="140"/>
        <source>En PowerPoint sur un modèle…</source>
        <translation>To PowerPoint with a template…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="167"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="275"/>
        <source>Choisissez une liste à gauche.</source>
        <translation>Choose a list on the left.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="278"/>
        <source>Aucune liste : « Nouvelle liste » en crée une, puis ajoutez-y l&apos;étude, la diapositive ou la comparaison courante.</source>
        <translation>No list: “New list” creates one, then add the current study, slide or comparison to it.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="295"/>
        <source>Non enregistré : {error}</source>
        <translation>Not saved: {error}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="326"/>
        <source>Liste « {name} » supprimée.</source>
        <translation>List “{name}” deleted.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="334"/>
        <source>Aucune liste supprimée</source>
        <translation>No deleted list</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="336"/>
        <source>Restaurer « {name} »</source>
        <translation>Restore “{name}”</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="359"/>
        <source>Aucune étude ouverte : choisissez-en une dans « Études ».</source>
        <translation>No study open: choose one in “Studies”.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="360"/>
        <source>Aucune diapositive ouverte : choisissez-en une.</source>
        <translation>No slide open: choose one.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="361"/>
        <source>Aucune comparaison en cours.</source>
        <translation>No comparison in progress.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="398"/>
        <source>%n élément(s) retiré(s) de la liste.</source>
        <translation>
            <numerusform>%n item removed from the list.</numerusform>
            <numerusform>%n items removed from the list.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="408"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="505"/>
        <source>Liste exportée dans « {path} ».</source>
        <translation>List exported to “{path}”.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="53"/>
        <source>Études</source>
        <translation>Studies</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="54"/>
        <source>Diapositives</source>
        <translation>Slides</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="55"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="56"/>
        <source>Glossaire</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="57"/>
        <source>Mes notes</source>
        <translation>My notes</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="58"/>
        <source>Listes</source>
        <translation>Lists</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="59"/>
        <source>Comparaison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="60"/>
        <source>Matrice</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="61"/>
        <source>Graphique</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="62"/>
        <source>Réviser</source>
        <translation>Study</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="88"/>
        <source>MHKS — chirurgie des métastases hépatiques du cancer du sein</source>
        <translation>BCLM — liver surgery for breast cancer liver metastases</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="238"/>
        <source>Sélectionnez au moins deux études (Ctrl-clic ou Maj-clic) pour les comparer.</source>
        <translation>Select at least two studies (Ctrl-click or Shift-click) to compare them.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="258"/>
        <source>Aucune étude sélectionnée.</source>
        <translation>No study selected.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="264"/>
        <source>Citation copiée.</source>
        <translation>Citation copied.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/main_window.py" line="269"/>
        <source>%n étude(s) copiée(s) en tableau.</source>
        <translation>
            <numerusform>%n study copied as a table.</numerusform>
            <numerusform>%n studies copied as a table.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="291"/>
        <source>sélection</source>
        <translation>selection</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="297"/>
        <source>études filtrées</source>
        <translation>filtered studies</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="316"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="318"/>
        <source>&amp;Exporter mes données…</source>
        <translation>&amp;Export my data…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="321"/>
        <source>&amp;Importer des données…</source>
        <translation>&amp;Import data…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="326"/>
        <source>Importer un &amp;diaporama…</source>
        <translation>Import a slide &amp;deck…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="331"/>
        <source>Exporter la &amp;liste des études…</source>
        <translation>Export the studies &amp;list…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="335"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="342"/>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="344"/>
        <source>&amp;Rechercher…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="349"/>
        <source>&amp;Comparer la sélection</source>
        <translation>&amp;Compare the selection</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="353"/>
        <source>Copier la &amp;citation</source>
        <translation>Copy the &amp;citation</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="357"/>
        <source>Copier la liste des é&amp;tudes</source>
        <translation>Copy the s&amp;tudies list</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="360"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="367"/>
        <source>&amp;Plein écran</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="373"/>
        <source>&amp;Présentation</source>
        <translation>&amp;Presentation</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="377"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="379"/>
        <source>&amp;Raccourcis clavier…</source>
        <translation>Keyboard &amp;shortcuts…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="381"/>
        <source>À &amp;propos…</source>
        <translation>&amp;About…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="390"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="433"/>
        <source>bclm-viewer {version}

Chirurgie des métastases hépatiques du cancer du sein (MHKS) : les séries publiées, leurs résultats et leurs facteurs pronostiques.

Base de connaissances construite le {built}
{studies} études, {slides} diapositives, {outcomes} chiffres, {findings} constats, {questions} questions et perspectives.</source>
        <translation>bclm-viewer {version}

Liver surgery for breast cancer liver metastases (BCLM): the published series, their results and their prognostic factors.

Knowledge base built on {built}
{studies} studies, {slides} slides, {outcomes} figures, {findings} findings, {questions} questions and perspectives.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/main_window.py" line="452"/>
        <source>À propos de bclm-viewer</source>
        <translation>About bclm-viewer</translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_model.py" line="155"/>
        <location filename="../../bclm_viewer/ui/evidence/matrix_model.py" line="168"/>
        <source>Diapositive {n} — « {quote} »</source>
        <translation>Slide {n} — “{quote}”</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_model.py" line="164"/>
        <source>Aucun constat sur ce facteur dans cette étude (n.r.).</source>
        <translation>No finding on this factor in this study (n.r.).</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_model.py" line="170"/>
        <source>{mark} Lecture : {why}</source>
        <translation>{mark} Reading: {why}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_model.py" line="199"/>
        <source>Cliquer : filtrer la liste des études sur ce facteur.</source>
        <translation>Click: filter the list of studies on this factor.</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="70"/>
        <source>Seulement les facteurs en désaccord</source>
        <translation>Only the factors in disagreement</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="72"/>
        <source>N&apos;affiche que les facteurs en conflit (⚠) ou en discordance (≠).</source>
        <translation>Shows only the factors in conflict (⚠) or in discordance (≠).</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="74"/>
        <source>Toutes les études</source>
        <translation>All studies</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="75"/>
        <source>Revenir à toutes les études ayant des constats.</source>
        <translation>Back to every study with findings.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="92"/>
        <source>▼ péj. = péjoratif</source>
        <translation>▼ poor prognosis</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="93"/>
        <source>▲ fav. = favorable</source>
        <translation>▲ fav. = favourable</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="94"/>
        <source>= NS = non significatif</source>
        <translation>= NS = not significant</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="95"/>
        <source>mixte</source>
        <translation>mixed</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="96"/>
        <source>n.r. = non rapporté</source>
        <translation>n.r. = not reported</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="97"/>
        <source>⚠ conflit : sens opposés</source>
        <translation>⚠ conflict: opposite</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="98"/>
        <source>≠ discordance : signif. / NS</source>
        <translation>≠ discordance: sig. / NS</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="99"/>
        <source>? sens non comparable</source>
        <translation>? not comparable</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="102"/>
        <source>◊ = lecture</source>
        <translation>◊ = reading</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="104"/>
        <source>◊, en italique : la diapositive ne le dit pas mot pour mot (mise en page, « Cox »…) ; le motif est dans l&apos;infobulle de la cellule et en note des exports.</source>
        <translation>◊, in italics: the slide does not say it word for word (layout, “Cox”…); the reason is in the cell&apos;s tooltip and in the exports&apos; notes.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="141"/>
        <source>Matrice facteurs × études</source>
        <translation>Factors × studies matrix</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="161"/>
        <source>Matrice des facteurs pronostiques</source>
        <translation>Prognostic factor matrix</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="196"/>
        <source>Aucun facteur en désaccord entre ces études.</source>
        <translation>No factor in disagreement between these studies.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="199"/>
        <source>Matrice des preuves : %n facteur(s)</source>
        <translation>
            <numerusform>Evidence matrix: %n factor</numerusform>
            <numerusform>Evidence matrix: %n factors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="201"/>
        <source> × %n étude(s)</source>
        <translation>
            <numerusform> × %n study</numerusform>
            <numerusform> × %n studies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="210"/>
        <source>Cliquez une cellule pour voir les constats, leur diapositive et la citation exacte (double-clic : ouvrir la diapositive) ; cliquez un facteur pour filtrer la liste des études.</source>
        <translation>Click a cell to see the findings, their slide and the exact quote (double-click: open the slide); click a factor to filter the list of studies.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="263"/>
        <source>Facteurs pronostiques : matrice des preuves — MHKS</source>
        <translation>Prognostic factors: evidence matrix — BCLM</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="264"/>
        <source>Document préparé le {date} · bclm-viewer · d&apos;après le diaporama MHKS</source>
        <translation>Document prepared on {date} · bclm-viewer · from the MHKS slide deck</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="275"/>
        <source>Matrice trop large</source>
        <translation>Matrix too wide</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="277"/>
        <source>{n} études : une image ou un PDF serait illisible (au plus {max}). Exportez en CSV ou en Markdown, ou restreignez les études.</source>
        <translation>{n} studies: an image or a PDF would be unreadable (at most {max}). Export as CSV or Markdown, or narrow the studies.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="293"/>
        <source>Matrice</source>
        <translation>Matrix</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../bclm_viewer/ui/navigation.py" line="57"/>
        <source>Page &amp;précédente</source>
        <translation>&amp;Previous page</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/navigation.py" line="60"/>
        <source>Page &amp;suivante</source>
        <translation>&amp;Next page</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/navigation.py" line="76"/>
        <source>A&amp;ller</source>
        <translation>&amp;Go</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="91"/>
        <source>Votre note sur cette étude, en Markdown (*italique*, **gras**, - liste)…</source>
        <translation>Your note on this study, in Markdown (*italics*, **bold**, - list)…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="98"/>
        <source>Aperçu de la note</source>
        <translation>Preview of the note</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="102"/>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="106"/>
        <source>+ Liste</source>
        <translation>+ List</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="107"/>
        <source>Ajouter cette étude à une liste d&apos;exposé</source>
        <translation>Add this study to a talk list</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="116"/>
        <source>Lecture seule : le dossier de vos notes ne peut pas être écrit, aucune modification ne peut être enregistrée.</source>
        <translation>Read-only: the folder of your notes cannot be written to; no change can be saved.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="182"/>
        <source>Aucune étude choisie</source>
        <translation>No study chosen</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="185"/>
        <source>Ma note — {name}</source>
        <translation>My note — {name}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="190"/>
        <source>Notes indisponibles</source>
        <translation>Notes unavailable</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="225"/>
        <source>Non enregistré : {reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="229"/>
        <source>Copie de secours : {path}</source>
        <translation>Backup copy: {path}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="354"/>
        <source>Étoile non enregistrée : {reason}</source>
        <translation>Star not saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="236"/>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="362"/>
        <source>Enregistré</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="328"/>
        <source>Modification…</source>
        <translation>Editing…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="341"/>
        <source>Favori</source>
        <translation>Starred</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="343"/>
        <source>Retirer l&apos;étoile</source>
        <translation>Remove the star</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/note_editor.py" line="343"/>
        <source>Marquer cette étude d&apos;une étoile</source>
        <translation>Star this study</translation>
    </message>
</context>
<context>
    <name>NotesModels</name>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="110"/>
        <source>Étude : {name}</source>
        <translation>Study: {name}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="112"/>
        <source>(étude absente de la base)</source>
        <translation>(study missing from the base)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="115"/>
        <source>Diapositive {n} : {title}</source>
        <translation>Slide {n}: {title}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="116"/>
        <source>Diapositive {n}</source>
        <translation>Slide {n}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="118"/>
        <source>tous les facteurs</source>
        <translation>all factors</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="118"/>
        <source>désaccords</source>
        <translation>disagreements</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="119"/>
        <source>Matrice : {which}</source>
        <translation>Matrix: {which}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="123"/>
        <source>Graphique : {measure} ({names})</source>
        <translation>Chart: {measure} ({names})</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="124"/>
        <source>Graphique : {measure}</source>
        <translation>Chart: {measure}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="127"/>
        <source>Comparaison : {names}</source>
        <translation>Comparison: {names}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="180"/>
        <source>Note ou liste</source>
        <translation>Note or list</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="180"/>
        <source>Modifiée le</source>
        <translation>Changed on</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="180"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="194"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="194"/>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="205"/>
        <source>Étude absente de la base</source>
        <translation>Study missing from the base</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="245"/>
        <source>{name} ({n})</source>
        <translation>{name} ({n})</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_page.py" line="95"/>
        <source>Rechercher dans mes notes et mes listes…</source>
        <translation>Search my notes and my lists…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_page.py" line="130"/>
        <source>Ouvrir la liste</source>
        <translation>Open the list</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_page.py" line="154"/>
        <source>Notes indisponibles</source>
        <translation>Notes unavailable</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/notes/notes_page.py" line="188"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/notes/notes_page.py" line="189"/>
        <source>%n liste(s)</source>
        <translation>
            <numerusform>%n list</numerusform>
            <numerusform>%n lists</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_page.py" line="192"/>
        <source> — {n} sur une étude absente de la base</source>
        <translation> — {n} on a study missing from the base</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_page.py" line="195"/>
        <source>Aucune note pour l&apos;instant : écrivez-en une sous la fiche d&apos;une étude (onglet « Études »).</source>
        <translation>No note yet: write one under a study&apos;s record (“Studies” tab).</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_page.py" line="224"/>
        <source>Étude absente de la base</source>
        <translation>Study missing from the base</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/notes_page.py" line="229"/>
        <source>Liste « {name} »</source>
        <translation>List “{name}”</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../bclm_viewer/ui/slides/presentation.py" line="80"/>
        <source>Présentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/presentation.py" line="199"/>
        <source>Diapositive {n}</source>
        <translation>Slide {n}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/presentation.py" line="211"/>
        <source>{i} / {n}</source>
        <translation>{i} / {n}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/presentation.py" line="212"/>
        <source>Échap : quitter</source>
        <translation>Esc: leave</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../bclm_viewer/ui/study/progress_view.py" line="88"/>
        <source>À revoir aujourd&apos;hui</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/progress_view.py" line="88"/>
        <source>Jamais vues</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/progress_view.py" line="89"/>
        <source>Apprises</source>
        <translation>Learned</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/progress_view.py" line="89"/>
        <source>Rétention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/progress_view.py" line="90"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/progress_view.py" line="90"/>
        <source>Cartes orphelines</source>
        <translation>Orphaned cards</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/progress_view.py" line="103"/>
        <source>Cartes dont la question n&apos;est plus dans la base (gardées, jamais effacées).</source>
        <translation>Cards whose question is no longer in the knowledge base (kept, never deleted).</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/progress_view.py" line="105"/>
        <source>Part des réponses autres que « À revoir » sur les cartes déjà vues.</source>
        <translation>Share of answers other than &quot;Again&quot; on cards already seen.</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <location filename="../../bclm_viewer/ui/reference/questions_model.py" line="27"/>
        <source>Diapositive</source>
        <translation>Slide</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <location filename="../../bclm_viewer/ui/reference/questions_page.py" line="48"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/reference/questions_page.py" line="51"/>
        <source>Perspective</source>
        <translation>Perspective</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/reference/questions_page.py" line="53"/>
        <source>Questions ouvertes</source>
        <translation>Open questions</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/reference/questions_page.py" line="55"/>
        <source>Perspectives</source>
        <translation>Perspectives</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/reference/questions_page.py" line="57"/>
        <source>Double-clic ou Entrée : voir la diapositive. Survolez une abréviation pour sa signification.</source>
        <translation>Double-click or Enter: see the slide. Hover over an abbreviation for its meaning.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/reference/questions_page.py" line="67"/>
        <source>Les questions ouvertes ({n})</source>
        <translation>The open questions ({n})</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/reference/questions_page.py" line="68"/>
        <source>Perspectives ({n})</source>
        <translation>Perspectives ({n})</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/reference/questions_page.py" line="96"/>
        <source>Diapositive</source>
        <translation>Slide</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <location filename="../../bclm_viewer/cli/quiz_commands.py" line="63"/>
        <source>  (saisie libre : {tol})</source>
        <translation>  (free entry: {tol})</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/quiz_commands.py" line="64"/>
        <source>Réponse : {answer}</source>
        <translation>Answer: {answer}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/quiz_commands.py" line="66"/>
        <source>« {quote} » — diapositive {n}, {study}</source>
        <translation>“{quote}” — slide {n}, {study}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/cli/quiz_commands.py" line="125"/>
        <source>Aucune question pour ces critères.</source>
        <translation>No question for these criteria.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../bclm_viewer/ui/studies/search_box.py" line="26"/>
        <source>Rechercher dans les études, diapositives, facteurs et questions (Ctrl+F)</source>
        <translation>Search the studies, slides, factors and questions (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/search_box.py" line="28"/>
        <source>Recherche</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../bclm_viewer/ui/studies/search_model.py" line="48"/>
        <source>Étude</source>
        <translation>Study</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/search_model.py" line="49"/>
        <source>Diapositive</source>
        <translation>Slide</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/search_model.py" line="50"/>
        <source>Facteur pronostique</source>
        <translation>Prognostic factor</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/search_model.py" line="51"/>
        <source>Chiffre</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/search_model.py" line="52"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/search_model.py" line="53"/>
        <source>Glossaire</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/search_model.py" line="61"/>
        <source>seuil opposé</source>
        <translation>opposite cut-off</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/search_model.py" line="62"/>
        <source>autre seuil</source>
        <translation>other cut-off</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/search_model.py" line="63"/>
        <source>niveau non précisé</source>
        <translation>level not stated</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../bclm_viewer/ui/studies/search_panel.py" line="57"/>
        <location filename="../../bclm_viewer/ui/studies/search_panel.py" line="83"/>
        <source>Résultats de la recherche</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/search_panel.py" line="85"/>
        <source>Aucun résultat pour « {0} »</source>
        <translation>No result for “{0}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/studies/search_panel.py" line="88"/>
        <source>%n résultat(s) pour « {text} »</source>
        <translation>
            <numerusform>%n result for “{text}”</numerusform>
            <numerusform>%n results for “{text}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="33"/>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="34"/>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="36"/>
        <source>Études</source>
        <translation>Studies</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="33"/>
        <source>Aller de la recherche à la liste des résultats</source>
        <translation>Go from the search box to the results list</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="33"/>
        <source>Bas</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="34"/>
        <source>Sélectionner plusieurs études (pour comparer)</source>
        <translation>Select several studies (to compare them)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="35"/>
        <source>Maj+Haut/Bas, Ctrl+clic</source>
        <translation>Shift+Up/Down, Ctrl+click</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="36"/>
        <source>Ouvrir la diapositive d&apos;un chiffre ou d&apos;un constat, citation surlignée</source>
        <translation>Open the slide of a figure or a finding, quote highlighted</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="37"/>
        <source>Entrée, clic</source>
        <translation>Enter, click</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="38"/>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="40"/>
        <source>Diapositives</source>
        <translation>Slides</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="38"/>
        <source>Diapositive suivante / précédente</source>
        <translation>Next / previous slide</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="39"/>
        <source>Droite, Page suivante / Gauche, Page précédente</source>
        <translation>Right, Page Down / Left, Page Up</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="40"/>
        <source>Première / dernière diapositive</source>
        <translation>First / last slide</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="40"/>
        <source>Début / Fin</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="41"/>
        <source>Présentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="41"/>
        <source>Quitter la présentation</source>
        <translation>Leave the presentation</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="41"/>
        <source>Échap</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="42"/>
        <source>Matrice, Comparaison</source>
        <translation>Matrix, Compare</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="42"/>
        <source>Ouvrir la diapositive de la cellule, citation surlignée</source>
        <translation>Open the cell&apos;s slide, quote highlighted</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="43"/>
        <source>Entrée, double-clic</source>
        <translation>Enter, double-click</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="44"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="44"/>
        <source>Ouvrir la diapositive de la question</source>
        <translation>Open the question&apos;s slide</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="44"/>
        <source>Entrée</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="45"/>
        <source>Listes</source>
        <translation>Lists</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="45"/>
        <source>Retirer l&apos;élément choisi</source>
        <translation>Remove the selected item</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="45"/>
        <source>Suppr</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="46"/>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="48"/>
        <source>Partout</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="46"/>
        <source>Page précédente / suivante de l&apos;historique</source>
        <translation>Previous / next page in the history</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="47"/>
        <source>Boutons précédent / suivant de la souris</source>
        <translation>Back / forward mouse buttons</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="48"/>
        <source>Passer d&apos;un élément à l&apos;autre</source>
        <translation>Move from one control to the next</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="48"/>
        <source>Tab / Maj+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="67"/>
        <source>par le menu (Alt, puis la lettre soulignée)</source>
        <translation>from the menu (Alt, then the underlined letter)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="82"/>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="86"/>
        <source>Où</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="86"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="86"/>
        <source>Touches</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/shortcuts.py" line="102"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SlideDetail</name>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/slide_detail.py" line="21"/>
        <location filename="../../bclm_viewer/ui/evidence/slide_detail.py" line="33"/>
        <source>Ouvrir la diapositive</source>
        <translation>Open the slide</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/evidence/slide_detail.py" line="32"/>
        <source>Ouvrir la diapositive {n}</source>
        <translation>Open slide {n}</translation>
    </message>
</context>
<context>
    <name>SlideModels</name>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slide_models.py" line="77"/>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slide_models.py" line="79"/>
        <source>Diapositive {n} : {title}</source>
        <translation>Slide {n}: {title}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slide_models.py" line="103"/>
        <source>Étude — {label}</source>
        <translation>Study — {label}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slide_models.py" line="104"/>
        <source>Ouvrir la fiche de l&apos;étude {label}</source>
        <translation>Open the record of the study {label}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slide_models.py" line="112"/>
        <source>Chiffre — {study} : {what} = {value}</source>
        <translation>Figure — {study}: {what} = {value}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slide_models.py" line="119"/>
        <source>critère n.r.</source>
        <translation>endpoint n.r.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slide_models.py" line="120"/>
        <source>analyse n.r.</source>
        <translation>analysis n.r.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slide_models.py" line="123"/>
        <source>Facteur — {study} : {what} : {details}</source>
        <translation>Factor — {study}: {what}: {details}</translation>
    </message>
</context>
<context>
    <name>SlidesPage</name>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slides_page.py" line="65"/>
        <source>Diapositives</source>
        <translation>Slides</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slides_page.py" line="74"/>
        <source>◀ Précédente</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slides_page.py" line="75"/>
        <source>Diapositive précédente (Page précédente, ←)</source>
        <translation>Previous slide (Page Up, ←)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slides_page.py" line="76"/>
        <source>Suivante ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slides_page.py" line="77"/>
        <source>Diapositive suivante (Page suivante, →)</source>
        <translation>Next slide (Page Down, →)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slides_page.py" line="78"/>
        <source>Présenter (F5)</source>
        <translation>Present (F5)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slides_page.py" line="79"/>
        <source>Plein écran, une diapositive à la fois ; Échap pour revenir</source>
        <translation>Full screen, one slide at a time; Esc to come back</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slides_page.py" line="86"/>
        <source>Texte de la diapositive</source>
        <translation>Text of the slide</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slides_page.py" line="92"/>
        <location filename="../../bclm_viewer/ui/slides/slides_page.py" line="101"/>
        <source>Sur cette diapositive</source>
        <translation>On this slide</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slides_page.py" line="190"/>
        <source>Diapositive {n} / {total} — {title}</source>
        <translation>Slide {n} / {total} — {title}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/slides/slides_page.py" line="197"/>
        <source>Sur cette diapositive ({n})</source>
        <translation>On this slide ({n})</translation>
    </message>
</context>
<context>
    <name>StudiesExport</name>
    <message>
        <location filename="../../bclm_viewer/ui/studies/list_export.py" line="52"/>
        <source>Exporter la liste des études</source>
        <translation>Export the studies list</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/list_export.py" line="53"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/list_export.py" line="53"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>StudiesList</name>
    <message>
        <location filename="../../bclm_viewer/evidence/studies_list.py" line="35"/>
        <source>Étude</source>
        <translation>Study</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/studies_list.py" line="36"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/studies_list.py" line="37"/>
        <source>Revue</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/studies_list.py" line="38"/>
        <source>Type</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/studies_list.py" line="43"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/studies_list.py" line="44"/>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/studies_list.py" line="45"/>
        <source>Identifiant</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/studies_list.py" line="47"/>
        <source>péjoratif</source>
        <translation>poor</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/studies_list.py" line="48"/>
        <source>favorable</source>
        <translation>favourable</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/studies_list.py" line="49"/>
        <source>non significatif</source>
        <translation>not significant</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/studies_list.py" line="79"/>
        <source>facteurs : {names}</source>
        <translation>factors: {names}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/studies_list.py" line="81"/>
        <source>facteurs (tous) : {names}</source>
        <translation>factors (all): {names}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/studies_list.py" line="83"/>
        <source>facteurs (au moins un) : {names}</source>
        <translation>factors (at least one): {names}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/studies_list.py" line="85"/>
        <source>effet : {effects}</source>
        <translation>effect: {effects}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/studies_list.py" line="88"/>
        <source>critère : {endpoints}</source>
        <translation>endpoint: {endpoints}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/studies_list.py" line="90"/>
        <source>recherche : « {text} »</source>
        <translation>search: “{text}”</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/studies_list.py" line="92"/>
        <source>Aucun filtre : toutes les études</source>
        <translation>No filter: all studies</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/studies_list.py" line="93"/>
        <source>Filtre : {parts}</source>
        <translation>Filter: {parts}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/studies_list.py" line="93"/>
        <source> ; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/studies_list.py" line="117"/>
        <source>{mark} {study} — {column} : {reason}</source>
        <translation>{mark} {study} — {column}: {reason}</translation>
    </message>
</context>
<context>
    <name>StudiesModel</name>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_model.py" line="67"/>
        <source>Étude</source>
        <translation>Study</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_model.py" line="68"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_model.py" line="69"/>
        <source>Revue</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_model.py" line="70"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_model.py" line="71"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_model.py" line="74"/>
        <source>OS5 (%)</source>
        <translation>OS5 (%)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_model.py" line="75"/>
        <source>DFS5 (%)</source>
        <translation>DFS5 (%)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_model.py" line="76"/>
        <source>R0 (%)</source>
        <translation>R0 (%)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_model.py" line="77"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_model.py" line="78"/>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_model.py" line="285"/>
        <source>Cliquer pour trier par « {0} »</source>
        <translation>Click to sort by “{0}”</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_model.py" line="315"/>
        <source>non rapporté dans la diapositive</source>
        <translation>not reported on the slide</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_model.py" line="318"/>
        <source>{mark} Lecture : {why}</source>
        <translation>{mark} Reading: {why}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_model.py" line="330"/>
        <source>non rapporté</source>
        <translation>not reported</translation>
    </message>
</context>
<context>
    <name>StudiesPage</name>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_page.py" line="93"/>
        <location filename="../../bclm_viewer/ui/studies/studies_page.py" line="312"/>
        <source>{k} sur {n} études</source>
        <translation>{k} of {n} studies</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_page.py" line="318"/>
        <source>tous</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_page.py" line="318"/>
        <source>au moins un</source>
        <translation>at least one</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_page.py" line="319"/>
        <source>Facteurs : {0}</source>
        <translation>Factors: {0}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_page.py" line="324"/>
        <source>« {0} »</source>
        <translation>“{0}”</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_page.py" line="369"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_page.py" line="370"/>
        <source>Les études affichées, leurs colonnes et le filtre en tête (Ctrl+E : fichier, Ctrl+Maj+E : copier le tableau)</source>
        <translation>The studies shown, their columns and the filter at the top (Ctrl+E: file, Ctrl+Shift+E: copy the table)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_page.py" line="374"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_page.py" line="375"/>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_page.py" line="376"/>
        <source>Copier le tableau</source>
        <translation>Copy the table</translation>
    </message>
</context>
<context>
    <name>StudiesTable</name>
    <message>
        <location filename="../../bclm_viewer/ui/studies/studies_table.py" line="44"/>
        <source>Études</source>
        <translation>Studies</translation>
    </message>
</context>
<context>
    <name>Study</name>
    <message>
        <location filename="../../bclm_viewer/study/questions.py" line="59"/>
        <source>péjoratif</source>
        <translation>poor</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/questions.py" line="60"/>
        <source>favorable</source>
        <translation>favourable</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/questions.py" line="61"/>
        <source>non significatif</source>
        <translation>not significant</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/questions.py" line="63"/>
        <source>pour la survie globale (OS)</source>
        <translation>for overall survival (OS)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/questions.py" line="64"/>
        <source>pour la survie sans récidive (DFS)</source>
        <translation>for disease-free survival (DFS)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/questions.py" line="65"/>
        <source>critère (OS ou DFS) non précisé sur la diapositive</source>
        <translation>endpoint (OS or DFS) not stated on the slide</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/questions.py" line="74"/>
        <source> [{mark} lecture : {reasons}]</source>
        <translation> [{mark} reading: {reasons}]</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/questions.py" line="75"/>
        <source> ; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/questions.py" line="84"/>
        <source>effectif (N patientes)</source>
        <translation>number of patients (N)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/questions.py" line="85"/>
        <source>période</source>
        <translation>period</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/questions.py" line="86"/>
        <source>centre</source>
        <translation>centre</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/questions.py" line="87"/>
        <source>type d&apos;étude</source>
        <translation>study design</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/questions.py" line="88"/>
        <source>série</source>
        <translation>series</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/questions.py" line="89"/>
        <source>revue systématique</source>
        <translation>systematic review</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/questions.py" line="90"/>
        <source>cas-témoins</source>
        <translation>case-control</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/questions.py" line="91"/>
        <source>cas clinique</source>
        <translation>clinical case</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/questions.py" line="257"/>
        <source> — groupe « {group} »</source>
        <translation> — group “{group}”</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/questions.py" line="259"/>
        <source>{study} : {measure}{group} ?{reading}</source>
        <translation>{study}: {measure}{group}?{reading}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/questions.py" line="311"/>
        <source>{factor} « {level} »</source>
        <translation>{factor} “{level}”</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/questions.py" line="314"/>
        <source>, analyse multivariée</source>
        <translation>, multivariate analysis</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/questions.py" line="315"/>
        <source>, analyse univariée</source>
        <translation>, univariate analysis</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/questions.py" line="317"/>
        <source>{study} : {what}, {how} : péjoratif, favorable ou non significatif ?{reading}</source>
        <translation>{study}: {what}, {how}: poor, favourable or not significant?{reading}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/questions.py" line="377"/>
        <source>{study} : {label} ?{reading}</source>
        <translation>{study}: {label}?{reading}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/questions.py" line="428"/>
        <source>Laquelle de ces séries rapporte la plus haute valeur de {measure} ?</source>
        <translation>Which of these series reports the highest {measure}?</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/questions.py" line="430"/>
        <source>Laquelle de ces séries rapporte la plus basse valeur de {measure} ?</source>
        <translation>Which of these series reports the lowest {measure}?</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/questions.py" line="466"/>
        <source>Conflit (sens opposés)</source>
        <translation>Conflict (opposite directions)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/questions.py" line="467"/>
        <source>Discordance (significatif ici, NS ailleurs)</source>
        <translation>Discordance (significant here, NS elsewhere)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/questions.py" line="470"/>
        <source>Quelles séries divergent sur « {factor} », et dans quel sens ?</source>
        <translation>Which series disagree on “{factor}”, and which way?</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/questions.py" line="472"/>
        <source>{status}. {reason}</source>
        <translation>{status}. {reason}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/records.py" line="18"/>
        <source>À revoir</source>
        <translation>Again</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/records.py" line="19"/>
        <source>Difficile</source>
        <translation>Hard</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/records.py" line="20"/>
        <source>Correct</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/records.py" line="20"/>
        <source>Facile</source>
        <translation>Easy</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/records.py" line="35"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/records.py" line="37"/>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/records.py" line="40"/>
        <source>{n} j</source>
        <translation>{n} d</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/records.py" line="42"/>
        <source>{n} mois</source>
        <translation>{n} mo</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/records.py" line="45"/>
        <source>{n} an</source>
        <translation>{n} y</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/records.py" line="45"/>
        <source>{n} ans</source>
        <translation>{n} y</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/study/records.py" line="97"/>
        <source>valeur exacte</source>
        <translation>exact value</translation>
    </message>
</context>
<context>
    <name>StudyKinds</name>
    <message>
        <location filename="../../bclm_viewer/ui/study/card_view.py" line="30"/>
        <source>Chiffre</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/card_view.py" line="31"/>
        <source>Facteur pronostique</source>
        <translation>Prognostic factor</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/card_view.py" line="32"/>
        <source>Comparaison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/card_view.py" line="33"/>
        <source>Désaccord entre séries</source>
        <translation>Disagreement between series</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/card_view.py" line="34"/>
        <source>Caractéristique</source>
        <translation>Characteristic</translation>
    </message>
</context>
<context>
    <name>StudyModels</name>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="166"/>
        <source>{mark} Lecture (la diapositive ne le dit pas ainsi) : {why}</source>
        <translation>{mark} Reading (the slide does not say it so): {why}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="246"/>
        <source>Mesure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="248"/>
        <source>Groupe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="249"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="251"/>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="281"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="252"/>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="282"/>
        <source>Diap.</source>
        <translation>Slide</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="258"/>
        <source>{what} : {value} ; p : {p}</source>
        <translation>{what}: {value}; p: {p}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="273"/>
        <source>Facteur</source>
        <translation>Factor</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="275"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="276"/>
        <source>Effet</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="277"/>
        <source>Critère</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="279"/>
        <source>Analyse</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_models.py" line="288"/>
        <source>{what} : {effect} ; critère : {endpoint} ; analyse : {analysis} ; p : {p}</source>
        <translation>{what}: {effect}; endpoint: {endpoint}; analysis: {analysis}; p: {p}</translation>
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message>
        <location filename="../../bclm_viewer/ui/study/study_page.py" line="72"/>
        <source>Toutes les questions</source>
        <translation>All questions</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/study_page.py" line="73"/>
        <source>Facteurs cochés (page Études)</source>
        <translation>Ticked factors (Studies page)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/study_page.py" line="74"/>
        <source>Une étude</source>
        <translation>One study</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/study_page.py" line="74"/>
        <source>Une liste</source>
        <translation>A list</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/study_page.py" line="81"/>
        <source>Tous les types</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/study_page.py" line="87"/>
        <source> nouvelles</source>
        <translation> new</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/study_page.py" line="88"/>
        <source>Cartes jamais vues ajoutées aux cartes dues</source>
        <translation>Cards never seen, added to the cards due</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/study_page.py" line="89"/>
        <source>Saisir les chiffres</source>
        <translation>Type the figures</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/study_page.py" line="91"/>
        <source>Les chiffres se tapent (virgule ou point, avec la tolérance indiquée) au lieu de se choisir</source>
        <translation>Figures are typed (comma or point, within the stated tolerance) instead of chosen</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/study_page.py" line="93"/>
        <source>Commencer la session</source>
        <translation>Start the session</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/study_page.py" line="96"/>
        <source>Terminer</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/study_page.py" line="104"/>
        <source>Réviser :</source>
        <translation>Study:</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/study_page.py" line="114"/>
        <source>Préparation des questions…</source>
        <translation>Preparing the questions…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/study_page.py" line="122"/>
        <source>Espace : voir la réponse · A-D : choisir · 1-4 : À revoir, Difficile, Correct, Facile · chaque réponse est enregistrée aussitôt</source>
        <translation>Space: show the answer · A-D: choose · 1-4: Again, Hard, Good, Easy · each answer is saved at once</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/study_page.py" line="207"/>
        <source>Vos notes ne peuvent pas être ouvertes : les révisions ne peuvent pas être enregistrées.</source>
        <translation>Your notes cannot be opened: reviews cannot be saved.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/study_page.py" line="249"/>
        <source>Aucun facteur n&apos;est coché sur la page Études.</source>
        <translation>No factor is ticked on the Studies page.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/study_page.py" line="264"/>
        <source>Aucune liste : créez-en une sur la page Listes.</source>
        <translation>No list: create one on the Lists page.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/study/study_page.py" line="288"/>
        <source>%n question(s) dans ce choix, {due} à revoir aujourd&apos;hui.</source>
        <translation>
            <numerusform>%n question in this selection, {due} due today.</numerusform>
            <numerusform>%n questions in this selection, {due} due today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/study/study_page.py" line="306"/>
        <source>Session : %n carte(s). Chaque réponse est enregistrée aussitôt ; « Terminer » s&apos;arrête là.</source>
        <translation>
            <numerusform>Session: %n card. Each answer is saved at once; &quot;Finish&quot; stops there.</numerusform>
            <numerusform>Session: %n cards. Each answer is saved at once; &quot;Finish&quot; stops there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/study/study_page.py" line="343"/>
        <source>Session terminée : %n réponse(s) enregistrée(s). {then}</source>
        <translation>
            <numerusform>Session over: %n answer saved. {then}</numerusform>
            <numerusform>Session over: %n answers saved. {then}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/study/study_page.py" line="302"/>
        <source>Rien à revoir pour ce choix aujourd&apos;hui.</source>
        <translation>Nothing due for this selection today.</translation>
    </message>
</context>
<context>
    <name>StudyView</name>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="185"/>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="320"/>
        <source>Copier la citation</source>
        <translation>Copy the citation</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="187"/>
        <source>Copie la référence dans le presse-papiers</source>
        <translation>Copies the reference to the clipboard</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="201"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="201"/>
        <source>N (patientes)</source>
        <translation>N (patients)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="202"/>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="202"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="203"/>
        <source>Revue</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="203"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="204"/>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="204"/>
        <source>Diapositive</source>
        <translation>Slide</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="208"/>
        <source> :</source>
        <translation>:</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="221"/>
        <source>{mark} = lecture : la diapositive ne le dit pas en ces mots (mise en page, « Cox »…) ; le motif est dans l&apos;infobulle.</source>
        <translation>{mark} = reading: the slide does not say it in these words (layout, “Cox”…); the reason is in the tooltip.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="251"/>
        <source>Chiffres</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="255"/>
        <source>Facteurs pronostiques</source>
        <translation>Prognostic factors</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="258"/>
        <source>Pas de notes pour cette étude.</source>
        <translation>No notes for this study.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="269"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="330"/>
        <source>cas / témoins</source>
        <translation>cases / controls</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="333"/>
        <source>Voir la diapositive {n}</source>
        <translation>See slide {n}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="356"/>
        <source>{mark} Lecture : {why}</source>
        <translation>{mark} Reading: {why}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="377"/>
        <source>Chiffres ({n})</source>
        <translation>Figures ({n})</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="378"/>
        <source>Facteurs pronostiques ({n})</source>
        <translation>Prognostic factors ({n})</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/studies/study_view.py" line="390"/>
        <source>Citation copiée</source>
        <translation>Citation copied</translation>
    </message>
</context>
<context>
    <name>Talk</name>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/handout.py" line="30"/>
        <source>Matrice de {n} études, présentée étude par étude : chaque étude avec les constats qu&apos;elle rapporte ; un facteur qu&apos;une étude ne mentionne pas n&apos;est pas listé pour elle (non rapporté, n.r.).</source>
        <translation>Matrix of {n} studies, set out study by study: each study with the findings it reports; a factor a study does not mention is not listed for it (not reported, n.r.).</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/handout.py" line="34"/>
        <source>n.r. = non rapporté : la diapositive ne donne pas cette valeur (jamais 0 ni une case vide). Les valeurs sont telles qu&apos;écrites sur les diapositives (virgule décimale comprise) ; sous chaque valeur, la diapositive d&apos;où elle vient.</source>
        <translation>n.r. = not reported: the slide does not give this value (never 0 or an empty cell). Values are as written on the slides (decimal comma included); under each value, the slide it comes from.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/handout.py" line="53"/>
        <source>valeur</source>
        <translation>value</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/handout.py" line="53"/>
        <source>intervalle</source>
        <translation>range</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/handout.py" line="53"/>
        <source>borne</source>
        <translation>bound</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/handout.py" line="56"/>
        <source>Série</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/handout.py" line="56"/>
        <source>Nature</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/handout.py" line="64"/>
        <location filename="../../bclm_viewer/evidence/talk/slides.py" line="189"/>
        <source>Ma note : {note}</source>
        <translation>My note: {note}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/handout.py" line="67"/>
        <source>Texte exact ({slides}) :</source>
        <translation>Exact text ({slides}):</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/handout.py" line="100"/>
        <location filename="../../bclm_viewer/evidence/talk/handout.py" line="103"/>
        <source>{title} : {reading}</source>
        <translation>{title}: {reading}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/handout.py" line="107"/>
        <location filename="../../bclm_viewer/evidence/talk/handout.py" line="153"/>
        <location filename="../../bclm_viewer/evidence/talk/slides.py" line="290"/>
        <source>Références</source>
        <translation>References</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/handout.py" line="109"/>
        <location filename="../../bclm_viewer/evidence/talk/handout.py" line="155"/>
        <location filename="../../bclm_viewer/evidence/talk/slides.py" line="277"/>
        <source> (diapo {n})</source>
        <translation> (slide {n})</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/handout.py" line="111"/>
        <location filename="../../bclm_viewer/evidence/talk/handout.py" line="157"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="82"/>
        <source>diapo {n}</source>
        <translation>slide {n}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="84"/>
        <source>{where} : « {quote} »</source>
        <translation>{where}: “{quote}”</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="105"/>
        <source>{mark} = lecture de la diapositive, non ses mots (motifs dans les notes de l&apos;orateur)</source>
        <translation>{mark} = a reading of the slide, not its words (reasons in the speaker notes)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="139"/>
        <source>Chiffres</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="171"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="171"/>
        <source>Diapo</source>
        <translation>Slide</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="216"/>
        <source>Comparaison : {studies}</source>
        <translation>Comparison: {studies}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="220"/>
        <source>{best} meilleure valeur, {worst} moins bonne (valeurs ponctuelles seulement) ; {nr} = non rapporté</source>
        <translation>{best} best value, {worst} worst (point values only); {nr} = not reported</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="272"/>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="389"/>
        <source>Étude</source>
        <translation>Study</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="281"/>
        <source>Diapositive {n} : {title}</source>
        <translation>Slide {n}: {title}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="285"/>
        <source>diapo {n}, texte exact de la diapositive.</source>
        <translation>slide {n}, exact text of the slide.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="290"/>
        <source>Diapositive {n} : {title} — lecture structurée</source>
        <translation>Slide {n}: {title} — structured reading</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="293"/>
        <source>{mark} Lecture : tableau reconstruit à partir des constats que la base tient de cette diapositive ; la répartition en colonnes suit la mise en page de la diapositive, qui ne l&apos;écrit pas ligne par ligne.</source>
        <translation>{mark} Reading: table rebuilt from the findings the knowledge base holds for this slide; the split into columns follows the slide&apos;s layout, which does not write it row by row.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="297"/>
        <source>{poor} péjoratif ; {nr} = non rapporté ; {endpoint_nr} = colonne non lisible sur la diapositive</source>
        <translation>{poor} poor; {nr} = not reported; {endpoint_nr} = column not legible on the slide</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="322"/>
        <source>Matrice des facteurs : désaccords</source>
        <translation>Factor matrix: disagreements</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="323"/>
        <source>Aucun facteur en désaccord entre les séries.</source>
        <translation>No factor on which the series disagree.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="328"/>
        <source>{factor} — {status} : {reason}</source>
        <translation>{factor} — {status}: {reason}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="365"/>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="393"/>
        <source>Facteur</source>
        <translation>Factor</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="366"/>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="393"/>
        <source>Accord</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="383"/>
        <source>{factor} : {finding}</source>
        <translation>{factor}: {finding}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="389"/>
        <source>Constats (facteur : constat)</source>
        <translation>Findings (factor: finding)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="393"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="397"/>
        <source>désaccords</source>
        <translation>disagreements</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="398"/>
        <source>sélection</source>
        <translation>selection</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="398"/>
        <source>tous les facteurs</source>
        <translation>all factors</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="400"/>
        <source>Matrice des facteurs pronostiques ({which})</source>
        <translation>Prognostic factor matrix ({which})</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="403"/>
        <source>{poor} péjoratif, {favourable} favorable, {ns} non significatif ; {conflict} sens opposés ; {discordant} significatif dans une série, NS dans une autre ; {mark} lecture de la diapositive (motif dans la fiche de l&apos;étude)</source>
        <translation>{poor} = poor, {favourable} = favourable, {ns} = not significant; {conflict} = opposite directions; {discordant} = significant in one series, NS in another; {mark} = a reading of the slide (reason on the study&apos;s page)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="457"/>
        <source>Barre pleine : valeur ; barre hachurée : intervalle ; contour pointillé : borne (&lt; ou &gt;), jamais un point</source>
        <translation>Solid bar: value; hatched bar: range; dotted outline: bound (&lt; or &gt;), never a point</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/items.py" line="468"/>
        <source>{nr} (non rapporté) : {names}</source>
        <translation>{nr} (not reported): {names}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/pptx_writer.py" line="234"/>
        <source>Aucune série ne rapporte « {measure} ».</source>
        <translation>No series reports “{measure}”.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/slides.py" line="113"/>
        <source>{text} (suite)</source>
        <translation>{text} (cont.)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/slides.py" line="186"/>
        <source>Sources : {slides}</source>
        <translation>Sources: {slides}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/slides.py" line="190"/>
        <source>Aucune citation : cette diapositive ne montre pas de valeur.</source>
        <translation>No quote: this slide shows no value.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/slides.py" line="198"/>
        <source>Source : {slides}</source>
        <translation>Source: {slides}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/slides.py" line="237"/>
        <source>Rien à montrer pour cet élément dans la base.</source>
        <translation>Nothing to show for this item in the knowledge base.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/slides.py" line="298"/>
        <source>Plan : {sections}</source>
        <translation>Outline: {sections}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/talk/slides.py" line="298"/>
        <source> ; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>TalkExport</name>
    <message>
        <location filename="../../bclm_viewer/ui/notes/talk_export.py" line="67"/>
        <source>Exporté : {link}</source>
        <translation>Exported: {link}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/talk_export.py" line="87"/>
        <source>Choisir un modèle PowerPoint</source>
        <translation>Choose a PowerPoint template</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/talk_export.py" line="88"/>
        <location filename="../../bclm_viewer/ui/notes/talk_export.py" line="93"/>
        <source>PowerPoint (*.pptx)</source>
        <translation>PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/talk_export.py" line="93"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/talk_export.py" line="94"/>
        <source>Exporter en PowerPoint</source>
        <translation>Export to PowerPoint</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/talk_export.py" line="94"/>
        <source>Exporter le polycopié PDF</source>
        <translation>Export the PDF handout</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/talk_export.py" line="98"/>
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/talk_export.py" line="129"/>
        <source>Exposé</source>
        <translation>Talk</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/talk_export.py" line="130"/>
        <source>Exporter en PowerPoint ou en polycopié PDF, ou ajouter à une liste</source>
        <translation>Export to PowerPoint or a PDF handout, or add to a list</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/talk_export.py" line="134"/>
        <source>Exporter en PowerPoint…</source>
        <translation>Export to PowerPoint…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/talk_export.py" line="135"/>
        <source>Exporter en PowerPoint sur un modèle…</source>
        <translation>Export to PowerPoint with a template…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/talk_export.py" line="137"/>
        <source>Polycopié PDF…</source>
        <translation>PDF handout…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/talk_export.py" line="138"/>
        <source>Ajouter à une liste</source>
        <translation>Add to a list</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/talk_export.py" line="159"/>
        <source>Export impossible</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>TalkListsModel</name>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="249"/>
        <source>%n élément(s) — modifiée le {date}</source>
        <translation>
            <numerusform>%n item — changed on {date}</numerusform>
            <numerusform>%n items — changed on {date}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedNotes</name>
    <message>
        <location filename="../../bclm_viewer/ui/notes/unsaved_notes.py" line="41"/>
        <source>Une copie de secours est gardée dans « {path} » ; elle vous sera proposée au prochain démarrage. Vous pouvez aussi les enregistrer dans un fichier.</source>
        <translation>A backup copy is kept in &quot;{path}&quot;; it will be offered back at the next start. You can also save them to a file.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/unsaved_notes.py" line="46"/>
        <source>Aucune copie de secours n&apos;a pu être écrite ({why}). Enregistrez-les dans un fichier (sur une clé USB par exemple) avant de quitter, sinon elles seront perdues.</source>
        <translation>No backup copy could be written ({why}). Save them to a file (on a USB stick, for example) before quitting, or they will be lost.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/unsaved_notes.py" line="49"/>
        <source>aucun dossier disponible</source>
        <translation>no folder available</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/unsaved_notes.py" line="63"/>
        <source>Notes non enregistrées</source>
        <translation>Unsaved notes</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/unsaved_notes.py" line="67"/>
        <source>Enregistrer dans un fichier…</source>
        <translation>Save to a file…</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/unsaved_notes.py" line="69"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/unsaved_notes.py" line="69"/>
        <source>Quitter sans enregistrer</source>
        <translation>Quit without saving</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/unsaved_notes.py" line="73"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/unsaved_notes.py" line="85"/>
        <source>Enregistrer les notes dans un fichier</source>
        <translation>Save the notes to a file</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/unsaved_notes.py" line="86"/>
        <source>Texte Markdown (*.md)</source>
        <translation>Markdown text (*.md)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/unsaved_notes.py" line="93"/>
        <source>Enregistrement impossible</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/unsaved_notes.py" line="97"/>
        <source>« {path} » n&apos;a pas pu être écrit : {error}</source>
        <translation>Could not write &quot;{path}&quot;: {error}</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/unsaved_notes.py" line="119"/>
        <source>Notes retrouvées</source>
        <translation>Notes recovered</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/unsaved_notes.py" line="128"/>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/unsaved_notes.py" line="129"/>
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/unsaved_notes.py" line="139"/>
        <source>Restauration impossible</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/unsaved_notes.py" line="144"/>
        <source>Les copies de secours sont gardées.</source>
        <translation>The backup copies are kept.</translation>
    </message>
</context>
<context>
    <name>UserData</name>
    <message>
        <location filename="../../bclm_viewer/ui/notes/user_data.py" line="74"/>
        <source>Vos notes ne peuvent pas être ouvertes : {error}
Rien n&apos;a été modifié. Fermez les autres copies de l&apos;application puis relancez-la.</source>
        <translation>Your notes cannot be opened: {error}
Nothing was changed. Close the other copies of the app, then start it again.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/user_data_dialogs.py" line="36"/>
        <location filename="../../bclm_viewer/ui/notes/user_data_dialogs.py" line="38"/>
        <source>Base de notes</source>
        <translation>Notes file</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/user_data_dialogs.py" line="54"/>
        <source>Exporter mes données</source>
        <translation>Export my data</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/user_data_dialogs.py" line="54"/>
        <location filename="../../bclm_viewer/ui/notes/user_data_dialogs.py" line="82"/>
        <source>Données bclm-viewer (*.json)</source>
        <translation>bclm-viewer data (*.json)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/user_data_dialogs.py" line="64"/>
        <source>Export impossible</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/user_data_dialogs.py" line="69"/>
        <source>Export terminé</source>
        <translation>Export done</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/user_data_dialogs.py" line="70"/>
        <source>Vos notes, étoiles et listes ont été enregistrées dans « {path} ».</source>
        <translation>Your notes, stars and lists were saved to “{path}”.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/user_data_dialogs.py" line="82"/>
        <source>Importer des données</source>
        <translation>Import data</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/user_data_dialogs.py" line="89"/>
        <source>Import impossible</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/notes/user_data_dialogs.py" line="94"/>
        <source>Import terminé</source>
        <translation>Import done</translation>
    </message>
</context>
<context>
    <name>UserImport</name>
    <message>
        <location filename="../../bclm_viewer/notes/records.py" line="234"/>
        <source>Import de « {name} » :</source>
        <translation>Import of “{name}”:</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/notes/records.py" line="242"/>
        <source>La liste « {name} » existait déjà ici avec un autre contenu : importée sous « {imported} ».</source>
        <translation>The list “{name}” already existed here with other contents: imported as “{imported}”.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/notes/records.py" line="245"/>
        <source>Note de {study} différente ici et dans le fichier : la note locale est gardée, l&apos;autre version est conservée comme conflit.</source>
        <translation>The note on {study} differs here and in the file: the local note is kept, the other version is saved as a conflict.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="22"/>
        <source>série</source>
        <translation>series</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="23"/>
        <source>revue systématique</source>
        <translation>systematic review</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="24"/>
        <source>cas-témoins</source>
        <translation>case-control</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="25"/>
        <source>cas clinique</source>
        <translation>clinical case</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="28"/>
        <source>péjoratif</source>
        <translation>poor prognosis</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="29"/>
        <source>favorable</source>
        <translation>favourable</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="30"/>
        <source>non significatif</source>
        <translation>not significant</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="35"/>
        <source>▼ péj.</source>
        <translation>▼ poor</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="36"/>
        <source>▲ fav.</source>
        <translation>▲ fav.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="41"/>
        <source>OS (survie globale)</source>
        <translation>OS (overall survival)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="42"/>
        <source>DFS (survie sans récidive)</source>
        <translation>DFS (disease-free survival)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="45"/>
        <source>univariée</source>
        <translation>univariate</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="46"/>
        <source>multivariée</source>
        <translation>multivariate</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="49"/>
        <source>univ.</source>
        <translation>univ.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="50"/>
        <source>multiv.</source>
        <translation>multiv.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="82"/>
        <source>critère n.r.</source>
        <translation>endpoint n.r.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="85"/>
        <source>diapo</source>
        <translation>slide</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="88"/>
        <source>Caractéristiques</source>
        <translation>Characteristics</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="89"/>
        <source>Facteurs pronostiques</source>
        <translation>Prognostic factors</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="90"/>
        <source>Type d&apos;étude</source>
        <translation>Study type</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="91"/>
        <source>Revue</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="92"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="93"/>
        <source>N (patientes)</source>
        <translation>N (patients)</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="94"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="95"/>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="96"/>
        <source>⚠ conflit</source>
        <translation>⚠ conflict</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="97"/>
        <source>≠ discordance</source>
        <translation>≠ discordance</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="98"/>
        <source>? sens non comparable</source>
        <translation>? not comparable</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="99"/>
        <source>✓ concordant</source>
        <translation>✓ concordant</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="100"/>
        <source>une seule série</source>
        <translation>a single series</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="101"/>
        <source>aucun constat</source>
        <translation>no finding</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="102"/>
        <source>mixte</source>
        <translation>mixed</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="104"/>
        <source>lecture : la diapositive ne le dit pas mot pour mot (mise en page, « Cox »...) ; le motif est en note</source>
        <translation>reading: the slide does not say it word for word (layout, “Cox”...); the reason is in a note</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/evidence/words.py" line="109"/>
        <source>Lectures de la diapositive</source>
        <translation>Readings of the slide</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../bclm_viewer/ui/app.py" line="66"/>
        <source>Contenu invalide</source>
        <translation>Invalid content</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/app.py" line="67"/>
        <source>Le contenu de la base de connaissances contient des erreurs ; la dernière base valide n&apos;a pas été modifiée. Corrigez les fichiers indiqués puis relancez « bclm-viewer check ».</source>
        <translation>The content of the knowledge base has errors; the last valid base was not changed. Fix the files named, then run “bclm-viewer check” again.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/app.py" line="77"/>
        <location filename="../../bclm_viewer/ui/app.py" line="215"/>
        <source>Base de connaissances abîmée</source>
        <translation>Knowledge base damaged</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/app.py" line="80"/>
        <source>Base de connaissances illisible</source>
        <translation>Unreadable knowledge base</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/app.py" line="81"/>
        <source>La base de connaissances n&apos;a pas pu être ouverte. Vérifiez le chemin passé à --kb, ou relancez sans --kb pour utiliser la base intégrée.</source>
        <translation>The knowledge base could not be opened. Check the path given to --kb, or start again without --kb to use the built-in base.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/app.py" line="91"/>
        <source>Base de connaissances indisponible</source>
        <translation>Knowledge base unavailable</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/app.py" line="92"/>
        <source>La base de connaissances intégrée n&apos;a pas pu être préparée.</source>
        <translation>The built-in knowledge base could not be prepared.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/app.py" line="99"/>
        <source>Erreur inattendue</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/app.py" line="100"/>
        <source>bclm-viewer n&apos;a pas pu démarrer.</source>
        <translation>bclm-viewer could not start.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/app.py" line="161"/>
        <source>À savoir</source>
        <translation>Good to know</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/app.py" line="227"/>
        <source>La modification n&apos;a pas été enregistrée.</source>
        <translation>The change was not saved.</translation>
    </message>
    <message>
        <location filename="../../bclm_viewer/ui/app.py" line="232"/>
        <source>Non enregistré</source>
        <translation>Not saved</translation>
    </message>
</context>
</TS>
