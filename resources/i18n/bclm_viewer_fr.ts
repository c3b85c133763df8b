<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/notes/notes_page.py" line="77"/>
        <source>%n élément(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/cli/query_commands.py" line="217"/>
        <source>%n étude(s) sur {total}</source>
        <translation>
            <numerusform>%n étude sur {total}</numerusform>
            <numerusform>%n études sur {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/cli/query_commands.py" line="223"/>
        <source>%n résultat(s) en texte intégral pour {text} :</source>
        <translation>
            <numerusform>%n résultat en texte intégral pour {text} :</numerusform>
            <numerusform>%n résultats en texte intégral pour {text} :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/cli/query_commands.py" line="247"/>
        <source>%n étude(s)</source>
        <translation>
            <numerusform>%n étude</numerusform>
            <numerusform>%n études</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/study/questions.py" line="183"/>
        <source>%n patiente(s)</source>
        <translation>
            <numerusform>%n patiente</numerusform>
            <numerusform>%n patientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/notes/unsaved_notes.py" line="39"/>
        <source>%n note(s) n&apos;ont pas pu être enregistrées dans votre base de notes.</source>
        <translation>
            <numerusform>%n note n&apos;a pas pu être enregistrée dans votre base de notes.</numerusform>
            <numerusform>%n notes n&apos;ont pas pu être enregistrées dans votre base de notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/notes/unsaved_notes.py" line="123"/>
        <source>%n note(s) qui n&apos;avaient pas pu être enregistrées lors d&apos;une session précédente ont été retrouvées ({ids}). Les restaurer dans vos notes ? Si une note a changé depuis, l&apos;autre version est gardée à côté, rien n&apos;est écrasé.</source>
        <translation>
            <numerusform>%n note qui n&apos;avait pas pu être enregistrée lors d&apos;une session précédente a été retrouvée ({ids}). La restaurer dans vos notes ? Si la note a changé depuis, l&apos;autre version est gardée à côté, rien n&apos;est écrasé.</numerusform>
            <numerusform>%n notes qui n&apos;avaient pas pu être enregistrées lors d&apos;une session précédente ont été retrouvées ({ids}). Les restaurer dans vos notes ? Si une note a changé depuis, l&apos;autre version est gardée à côté, rien n&apos;est écrasé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/evidence/talk/model.py" line="177"/>
        <source>diapositive(s) {numbers}</source>
        <translation>
            <numerusform>diapositive {numbers}</numerusform>
            <numerusform>diapositives {numbers}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/evidence/talk/model.py" line="178"/>
        <source>diapo(s) {numbers}</source>
        <translation>
            <numerusform>diapo {numbers}</numerusform>
            <numerusform>diapos {numbers}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/cli/quiz_commands.py" line="74"/>
        <source>%n note(s) écrite(s) dans {path}</source>
        <translation>
            <numerusform>%n note écrite dans {path}</numerusform>
            <numerusform>%n notes écrites dans {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/evidence/studies_list.py" line="68"/>
        <source>{filter} — %n sur {total} étude(s)</source>
        <translation>
            <numerusform>{filter} — %n sur {total} études</numerusform>
            <numerusform>{filter} — %n sur {total} études</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/evidence/agreement.py" line="139"/>
        <source>{names} et %n autre(s)</source>
        <translation>
            <numerusform>{names} et %n autre</numerusform>
            <numerusform>{names} et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/evidence/figures.py" line="23"/>
        <source>étude(s) inconnue(s) : {ids}</source>
        <translation>
            <numerusform>étude inconnue : {ids}</numerusform>
            <numerusform>études inconnues : {ids}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/evidence/matrix.py" line="59"/>
        <source>facteur(s) inconnu(s) : {ids}</source>
        <translation>
            <numerusform>facteur inconnu : {ids}</numerusform>
            <numerusform>facteurs inconnus : {ids}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/notes/records.py" line="235"/>
        <source>%n note(s) ajoutée(s), </source>
        <translation>
            <numerusform>%n note ajoutée, </numerusform>
            <numerusform>%n notes ajoutées, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/notes/records.py" line="236"/>
        <source>%n déjà identique(s).</source>
        <translation>
            <numerusform>%n déjà identique.</numerusform>
            <numerusform>%n déjà identiques.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/notes/records.py" line="237"/>
        <source>%n étoile(s) ajoutée(s).</source>
        <translation>
            <numerusform>%n étoile ajoutée.</numerusform>
            <numerusform>%n étoiles ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/notes/records.py" line="238"/>
        <source>%n liste(s) ajoutée(s), </source>
        <translation>
            <numerusform>%n liste ajoutée, </numerusform>
            <numerusform>%n listes ajoutées, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/notes/records.py" line="239"/>
        <source>%n déjà présente(s).</source>
        <translation>
            <numerusform>%n déjà présente.</numerusform>
            <numerusform>%n déjà présentes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/evidence/chart_page.py" line="199"/>
        <source> et %n autre(s)</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/evidence/compare_page.py" line="172"/>
        <source>Comparaison de %n étude(s)</source>
        <translation>
            <numerusform>Comparaison de %n étude</numerusform>
            <numerusform>Comparaison de %n études</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetsPanel</name>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="284"/>
        <source>{mark} « {value} » inclut des lectures : pour %n étude(s) de la base, ce critère est lu de la mise en page de la diapositive, pas écrit.</source>
        <translation>
            <numerusform>{mark} « {value} » inclut des lectures : pour %n étude de la base, ce critère est lu de la mise en page de la diapositive, pas écrit.</numerusform>
            <numerusform>{mark} « {value} » inclut des lectures : pour %n études de la base, ce critère est lu de la mise en page de la diapositive, pas écrit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/studies/facets.py" line="291"/>
        <source>{mark} « {value} » inclut des lectures : pour %n étude(s) de la base, ce sens est lu de la diapositive, pas écrit.</source>
        <translation>
            <numerusform>{mark} « {value} » inclut des lectures : pour %n étude de la base, ce sens est lu de la diapositive, pas écrit.</numerusform>
            <numerusform>{mark} « {value} » inclut des lectures : pour %n études de la base, ce sens est lu de la diapositive, pas écrit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactorTreeModel</name>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/studies/facet_models.py" line="240"/>
        <source>{name} : %n étude(s) avec le filtre actuel</source>
        <translation>
            <numerusform>{name} : %n étude avec le filtre actuel</numerusform>
            <numerusform>{name} : %n études avec le filtre actuel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/notes/lists_page.py" line="398"/>
        <source>%n élément(s) retiré(s) de la liste.</source>
        <translation>
            <numerusform>%n élément retiré de la liste.</numerusform>
            <numerusform>%n éléments retirés de la liste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/main_window.py" line="269"/>
        <source>%n étude(s) copiée(s) en tableau.</source>
        <translation>
            <numerusform>%n étude copiée en tableau.</numerusform>
            <numerusform>%n études copiées en tableau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="199"/>
        <source>Matrice des preuves : %n facteur(s)</source>
        <translation>
            <numerusform>Matrice des preuves : %n facteur</numerusform>
            <numerusform>Matrice des preuves : %n facteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/evidence/matrix_page.py" line="201"/>
        <source> × %n étude(s)</source>
        <translation>
            <numerusform> × %n étude</numerusform>
            <numerusform> × %n études</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
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
            <numerusform>%n liste</numerusform>
            <numerusform>%n listes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/studies/search_panel.py" line="88"/>
        <source>%n résultat(s) pour « {text} »</source>
        <translation>
            <numerusform>%n résultat pour « {text} »</numerusform>
            <numerusform>%n résultats pour « {text} »</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/study/study_page.py" line="288"/>
        <source>%n question(s) dans ce choix, {due} à revoir aujourd&apos;hui.</source>
        <translation>
            <numerusform>%n question dans ce choix, {due} à revoir aujourd&apos;hui.</numerusform>
            <numerusform>%n questions dans ce choix, {due} à revoir aujourd&apos;hui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/study/study_page.py" line="306"/>
        <source>Session : %n carte(s). Chaque réponse est enregistrée aussitôt ; « Terminer » s&apos;arrête là.</source>
        <translation>
            <numerusform>Session : %n carte. Chaque réponse est enregistrée aussitôt ; « Terminer » s&apos;arrête là.</numerusform>
            <numerusform>Session : %n cartes. Chaque réponse est enregistrée aussitôt ; « Terminer » s&apos;arrête là.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/study/study_page.py" line="343"/>
        <source>Session terminée : %n réponse(s) enregistrée(s). {then}</source>
        <translation>
            <numerusform>Session terminée : %n réponse enregistrée. {then}</numerusform>
            <numerusform>Session terminée : %n réponses enregistrées. {then}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TalkListsModel</name>
    <message numerus="yes">
        <location filename="../../bclm_viewer/ui/notes/notes_models.py" line="249"/>
        <source>%n élément(s) — modifiée le {date}</source>
        <translation>
            <numerusform>%n élément — modifiée le {date}</numerusform>
            <numerusform>%n éléments — modifiée le {date}</numerusform>
        </translation>
    </message>
</context>
</TS>
