"""Our own short news articles (fictional states, people and places) for the web-input tests.

Written for kg; not taken from any outlet. Topics come in pairs: two independent reports
of the same event share names and facts but not wording, which is what separates a second
report (a different document) from a syndicated copy (the same story).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Article:
    key: str
    title: str
    date: dt.date
    paragraphs: tuple[str, ...]
    lang: str = "de"

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


ARTICLES: tuple[Article, ...] = (
    Article("grenzvertrag-a", "Nordland und Südland verhandeln über Grenzvertrag", dt.date(2025, 3, 11), (
        "Die Außenminister von Nordland und Südland haben sich am Dienstag in Ostburg getroffen, "
        "um über einen neuen Grenzvertrag zu verhandeln. Das Treffen fand auf Einladung der "
        "Regierung von Westmark statt, die seit Monaten zwischen beiden Staaten vermittelt.",
        "Nordlands Außenministerin Petra Lindqvist sagte nach dem Gespräch, man sei sich in vielen "
        "Punkten nähergekommen. Strittig bleibe vor allem die Nutzung des Flusses Aren, an dem "
        "beide Länder Kraftwerke betreiben wollen.",
        "Südlands Außenminister Tomas Berka erklärte, seine Regierung lehne eine gemeinsame "
        "Verwaltung des Flusses weiterhin ab. Er schlug stattdessen eine Kommission aus "
        "unabhängigen Fachleuten vor, die bis zum Sommer Empfehlungen vorlegen soll.",
        "Die nächste Verhandlungsrunde ist für den 8. April in Westmarks Hauptstadt Lindau geplant. "
        "Beobachter rechnen nicht mit einer schnellen Einigung, halten einen Abschluss bis zum "
        "Jahresende aber für möglich.",
    )),
    Article("grenzvertrag-b", "Annäherung im Streit um den Fluss Aren", dt.date(2025, 3, 12), (
        "Im Streit um den Fluss Aren zeichnet sich eine vorsichtige Annäherung ab. Bei einem "
        "Treffen in Ostburg sprachen die Chefdiplomaten Petra Lindqvist und Tomas Berka mehr als "
        "sechs Stunden miteinander, wie Teilnehmer am Mittwoch berichteten.",
        "Westmarks Vermittler Jonas Feld nannte die Atmosphäre konstruktiv. Es habe erstmals eine "
        "gemeinsame Liste offener Fragen gegeben, auf die sich beide Seiten verständigt hätten. "
        "Darunter seien die Wassermengen im Sommer und der Bau neuer Dämme.",
        "Kritik kam aus der Opposition in Nordland. Der Abgeordnete Erik Strand warf der Regierung "
        "vor, zu viele Zugeständnisse zu machen, ohne Gegenleistungen zu erhalten. Die Regierung "
        "wies das zurück und verwies auf die laufenden Gespräche.",
        "Ein Abkommen müsste von beiden Parlamenten gebilligt werden. In Südland gilt eine Mehrheit "
        "als unsicher, weil die Koalition dort in der Frage gespalten ist.",
    )),
    Article("haushalt-a", "Koalition einigt sich nach langer Nacht auf Haushalt", dt.date(2025, 6, 4), (
        "Nach einer Verhandlungsnacht im Kanzleramt haben sich die Spitzen der Regierungskoalition "
        "in Mittelland auf den Haushalt für das kommende Jahr geeinigt. Finanzministerin Clara "
        "Ostrowski sprach am Mittwochmorgen von einem tragfähigen Kompromiss.",
        "Der Entwurf sieht Ausgaben von 512 Milliarden Taler vor. Gekürzt werden sollen vor allem "
        "Zuschüsse für Unternehmen, während die Mittel für Schulen und Brücken steigen. Die "
        "Schuldenregel werde eingehalten, sagte Ostrowski.",
        "Die Liberale Partei hatte bis zuletzt auf Steuersenkungen für kleine Betriebe gedrängt. "
        "Ihr Vorsitzender Malte Hausmann sagte, man habe nicht alles erreicht, trage den Kompromiss "
        "aber mit. Die Grünen begrüßten die zusätzlichen Mittel für den Bahnverkehr.",
        "Das Kabinett soll den Entwurf am Freitag beschließen. Danach beginnen die Beratungen im "
        "Parlament, die sich bis in den Herbst ziehen dürften.",
    )),
    Article("haushalt-b", "Haushaltsstreit beigelegt: Was die Einigung bedeutet", dt.date(2025, 6, 5), (
        "Der wochenlange Streit über den Haushalt in Mittelland ist vorerst beigelegt. Die drei "
        "Koalitionsparteien verständigten sich in der Nacht zum Mittwoch auf Eckpunkte, die "
        "Kürzungen bei Subventionen und mehr Geld für Infrastruktur vorsehen.",
        "Ökonomen reagierten gespalten. Die Forscherin Ina Vogt vom Institut für Wirtschaft in "
        "Neustadt lobte die Investitionen, hält die Einsparungen bei der Forschung aber für einen "
        "Fehler. Der Arbeitgeberverband forderte weitere Entlastungen.",
        "Finanzministerin Clara Ostrowski kündigte an, den Entwurf noch vor der Sommerpause in das "
        "Parlament einzubringen. Die Opposition kündigte Widerstand an und verlangte eine "
        "Sondersitzung des Haushaltsausschusses.",
        "Ob die Einigung hält, hängt auch von der Konjunktur ab. Sinken die Steuereinnahmen "
        "stärker als erwartet, müsste die Koalition im Herbst erneut verhandeln.",
    )),
    Article("tarif-a", "Warnstreiks bei der Bahn: Gewerkschaft erhöht den Druck", dt.date(2025, 2, 18), (
        "Im Tarifkonflikt bei der Staatsbahn von Mittelland hat die Gewerkschaft der Lokführer für "
        "Donnerstag zu Warnstreiks aufgerufen. Betroffen sind der Fernverkehr und mehrere "
        "Regionalstrecken, teilte der Vorsitzende Georg Albers mit.",
        "Die Gewerkschaft fordert acht Prozent mehr Lohn und eine kürzere Arbeitszeit. Das Angebot "
        "der Bahn von vier Prozent in zwei Stufen nannte Albers eine Provokation. Die Bahn "
        "kritisierte den Streik als unverhältnismäßig.",
        "Personalvorständin Sabine Roth sagte, man sei jederzeit zu Gesprächen bereit. Die "
        "Forderungen seien aber nicht finanzierbar. Sie schlug vor, die Verhandlungen am Montag in "
        "Neustadt fortzusetzen.",
        "Fahrgäste sollen sich vor Reiseantritt über Ausfälle informieren. Die Bahn richtete eine "
        "kostenlose Telefonnummer ein und kündigte einen Ersatzfahrplan an.",
    )),
    Article("tarif-b", "Bahn und Lokführer treffen sich wieder am Verhandlungstisch", dt.date(2025, 2, 24), (
        "Nach dem Warnstreik der vergangenen Woche haben Bahn und Gewerkschaft der Lokführer ihre "
        "Gespräche am Montag in Neustadt wieder aufgenommen. Beide Seiten vereinbarten "
        "Stillschweigen über den Verlauf der Verhandlungen.",
        "Gewerkschaftschef Georg Albers hatte vorab deutlich gemacht, dass er ohne ein verbessertes "
        "Angebot keine Einigung sehe. Aus Kreisen der Bahn hieß es, man werde eine Einmalzahlung "
        "anbieten, um die Inflation auszugleichen.",
        "Verkehrsminister Lukas Brenner rief beide Seiten zu einer raschen Lösung auf. Pendler und "
        "Unternehmen bräuchten Verlässlichkeit, sagte er im Parlament. Einen Eingriff der "
        "Regierung lehnte er ab.",
        "Sollten die Gespräche scheitern, droht im März ein unbefristeter Streik. Die Gewerkschaft "
        "hat dafür bereits eine Urabstimmung vorbereitet.",
    )),
    Article("klima-a", "Klimakonferenz in Lindau endet mit Minimalkompromiss", dt.date(2025, 11, 22), (
        "Die Klimakonferenz in Lindau ist nach zwei Wochen mit einem Minimalkompromiss zu Ende "
        "gegangen. Die Delegationen aus mehr als 150 Staaten einigten sich in der Nacht zum Samstag "
        "auf eine Abschlusserklärung, die keine neuen Ziele für den Ausstieg aus der Kohle enthält.",
        "Konferenzpräsident Amadou Keita sprach dennoch von einem Erfolg. Erstmals gebe es einen "
        "gemeinsamen Fonds für Schäden durch Dürren und Fluten, in den die reichen Staaten bis 2030 "
        "einzahlen sollen.",
        "Umweltverbände kritisierten das Ergebnis scharf. Die Sprecherin des Bündnisses Klima "
        "Jetzt, Mara Lindner, sagte, die Staaten hätten die Chance auf echte Fortschritte vertan. "
        "Auch mehrere Inselstaaten zeigten sich enttäuscht.",
        "Die nächste Konferenz soll im kommenden Jahr in Port Sala stattfinden. Bis dahin sollen "
        "die Staaten neue nationale Pläne vorlegen.",
    )),
    Article("klima-b", "Was vom Gipfel in Lindau bleibt", dt.date(2025, 11, 23), (
        "Zwei Wochen lang haben Diplomaten in Lindau um jedes Wort gerungen. Herausgekommen ist "
        "ein Text, der vielen zu wenig ist: Vom Ausstieg aus Kohle, Öl und Gas ist darin nur vage "
        "die Rede, ein Zeitplan fehlt.",
        "Fortschritte gibt es beim Geld. Der neue Fonds für Klimaschäden soll bis zum Ende des "
        "Jahrzehnts gefüllt werden; wie viel jeder Staat beiträgt, bleibt allerdings offen. Die "
        "Entwicklungsländer hatten verbindliche Zusagen gefordert.",
        "Die Umweltministerin von Mittelland, Hanna Kessler, verteidigte den Kompromiss. Ohne "
        "Einigung hätte es gar keinen Fonds gegeben, sagte sie bei ihrer Rückkehr. Kritiker in "
        "ihrer eigenen Partei sehen das anders.",
        "Entscheidend wird nun, ob die Staaten ihre nationalen Klimapläne nachbessern. Die "
        "nächste Gelegenheit dazu bietet die Konferenz in Port Sala im kommenden Jahr.",
    )),
)

ENGLISH = Article("trade-en", "Northland and Eastmark resume trade talks", dt.date(2025, 4, 2), (
    "Trade ministers from Northland and Eastmark met in Lindau on Tuesday to resume talks on a "
    "free trade agreement that stalled last year over agricultural tariffs.",
    "Northland's minister Anna Holm said both sides had agreed on a timetable and would meet "
    "again in May. Eastmark's delegation proposed lowering tariffs on machinery first.",
    "Farmers' associations in both countries warned against concessions on dairy products and "
    "announced protests outside the venue of the next round.",
), lang="en")

FRENCH = Article("commerce-fr", "Reprise des négociations commerciales à Lindau", dt.date(2025, 4, 2), (
    "Les ministres du commerce du Nordland et de l'Eastmark se sont réunis mardi à Lindau pour "
    "reprendre les négociations sur un accord de libre-échange, bloquées l'an dernier par la "
    "question des droits de douane agricoles.",
    "La ministre Anna Holm a déclaré que les deux parties s'étaient mises d'accord sur un "
    "calendrier et se retrouveraient en mai. La délégation de l'Eastmark a proposé de baisser "
    "d'abord les droits sur les machines.",
    "Les organisations agricoles des deux pays ont mis en garde contre des concessions sur les "
    "produits laitiers et annoncé des manifestations devant le lieu de la prochaine réunion.",
), lang="fr")


def by_key(key: str) -> Article:
    return next(a for a in (*ARTICLES, ENGLISH, FRENCH) if a.key == key)
