"""Hand-written German domain knowledge about states, regions and international bodies.

Wikidata gives the names of states and capitals (see `kg/data/gazetteer.json`, built by
`tools/build_gazetteer.py`), but not the forms German news uses to *refer* to a state
without naming it: adjectives ("russische", "ukrainischen"), compound prefixes ("US-",
"EU-"), colloquial names ("USA", "Mazedonien") and seats of power ("Kreml", "Weißes Haus").
These forms are general German, not tied to any article, so they are written down here
once, keyed by the ISO 3166-1 alpha-2 code that joins them to the Wikidata entries.

Adjective entries are stems: "russisch" matches russische/russischen/russischer/...
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class StateForms:
    names: tuple[str, ...] = ()  # extra German (and common English) names of the state
    adjectives: tuple[str, ...] = ()  # adjective stems, lower case
    prefixes: tuple[str, ...] = ()  # compound prefixes as written before the hyphen ("US")
    capitals: tuple[str, ...] = ()  # extra names of the capital / seat of government
    seats: tuple[str, ...] = ()  # seats of power that stand for the government ("Kreml")
    demonyms: tuple[str, ...] = field(default=())  # plural nouns for the people ("Russen")


def _s(
    names: str = "", adj: str = "", prefix: str = "", capitals: str = "", seats: str = "", demonyms: str = ""
) -> StateForms:
    def split(v: str) -> tuple[str, ...]:
        return tuple(x.strip() for x in v.split("|") if x.strip())

    return StateForms(split(names), split(adj), split(prefix), split(capitals), split(seats), split(demonyms))


#: ISO code -> German forms. Not every state needs an entry: the Wikidata label is enough
#: to recognise the name; entries add adjectives, prefixes and colloquial names.
STATES: dict[str, StateForms] = {
    "AF": _s(adj="afghanisch", demonyms="Afghanen"),
    "AL": _s(adj="albanisch", demonyms="Albaner"),
    "DZ": _s(adj="algerisch"),
    "AR": _s(adj="argentinisch"),
    "AM": _s(adj="armenisch", demonyms="Armenier"),
    "AZ": _s(adj="aserbaidschanisch"),
    "AU": _s(adj="australisch", demonyms="Australier"),
    "AT": _s(adj="österreichisch", demonyms="Österreicher", seats="Ballhausplatz"),
    "BE": _s(adj="belgisch", demonyms="Belgier"),
    "BY": _s(names="Weißrussland", adj="belarussisch|weißrussisch"),
    "BA": _s(names="Bosnien-Herzegowina|Bosnien", adj="bosnisch"),
    "BR": _s(adj="brasilianisch"),
    "BG": _s(adj="bulgarisch", demonyms="Bulgaren"),
    "CL": _s(adj="chilenisch"),
    "CN": _s(names="Volksrepublik China", adj="chinesisch", demonyms="Chinesen"),
    "DK": _s(adj="dänisch", demonyms="Dänen"),
    "DE": _s(
        names="Bundesrepublik|Bundesrepublik Deutschland",
        adj="deutsch|bundesdeutsch",
        demonyms="Deutschen",
        seats="Kanzleramt|Bundeskanzleramt",
    ),
    "EG": _s(adj="ägyptisch", demonyms="Ägypter"),
    "EE": _s(adj="estnisch", demonyms="Esten"),
    "FI": _s(adj="finnisch", demonyms="Finnen"),
    "FR": _s(adj="französisch", demonyms="Franzosen", seats="Élysée|Elysée|Élysée-Palast|Elysée-Palast"),
    "GE": _s(adj="georgisch", demonyms="Georgier"),
    "GR": _s(adj="griechisch", demonyms="Griechen"),
    "GB": _s(
        names="Großbritannien|Britannien|England|UK",
        adj="britisch|englisch",
        prefix="UK",
        demonyms="Briten",
        seats="Downing Street",
    ),
    "IN": _s(adj="indisch", demonyms="Inder"),
    "ID": _s(adj="indonesisch"),
    "IQ": _s(adj="irakisch", demonyms="Iraker"),
    "IR": _s(adj="iranisch", demonyms="Iraner"),
    "IE": _s(adj="irisch", demonyms="Iren"),
    "IS": _s(adj="isländisch"),
    "IL": _s(adj="israelisch", demonyms="Israelis"),
    "IT": _s(adj="italienisch", demonyms="Italiener"),
    "JP": _s(adj="japanisch", demonyms="Japaner"),
    "YE": _s(adj="jemenitisch", capitals="Sanaa"),
    "JO": _s(adj="jordanisch"),
    "CA": _s(adj="kanadisch", demonyms="Kanadier"),
    "KZ": _s(adj="kasachisch", capitals="Astana"),
    "QA": _s(adj="katarisch"),
    "CO": _s(adj="kolumbianisch"),
    "XK": _s(adj="kosovarisch|kosovo-albanisch", demonyms="Kosovaren"),
    "HR": _s(adj="kroatisch", demonyms="Kroaten"),
    "CU": _s(adj="kubanisch", demonyms="Kubaner"),
    "KW": _s(adj="kuwaitisch", capitals="Kuwait-Stadt"),
    "LV": _s(adj="lettisch", demonyms="Letten"),
    "LB": _s(adj="libanesisch"),
    "LY": _s(adj="libysch", capitals="Tripolis"),
    "LT": _s(adj="litauisch", demonyms="Litauer"),
    "LU": _s(adj="luxemburgisch"),
    "MA": _s(adj="marokkanisch"),
    "MK": _s(names="Mazedonien", adj="mazedonisch|nordmazedonisch", demonyms="Mazedonier"),
    "MX": _s(adj="mexikanisch"),
    "MD": _s(names="Moldawien|Republik Moldau", adj="moldauisch|moldawisch"),
    "ME": _s(adj="montenegrinisch"),
    "NL": _s(names="Holland", adj="niederländisch|holländisch", demonyms="Niederländer", capitals="Den Haag"),
    "NZ": _s(adj="neuseeländisch"),
    "KP": _s(adj="nordkoreanisch", capitals="Pjöngjang"),
    "NO": _s(adj="norwegisch", demonyms="Norweger"),
    "PK": _s(adj="pakistanisch"),
    "PS": _s(names="Palästina|Palästinensergebiete", adj="palästinensisch", demonyms="Palästinenser"),
    "PL": _s(adj="polnisch", demonyms="Polen"),
    "PT": _s(adj="portugiesisch", demonyms="Portugiesen"),
    "RO": _s(adj="rumänisch", demonyms="Rumänen"),
    "RU": _s(names="Russische Föderation", adj="russisch", demonyms="Russen", seats="Kreml"),
    "SA": _s(adj="saudisch|saudi-arabisch", demonyms="Saudis"),
    "SE": _s(adj="schwedisch", demonyms="Schweden"),
    "CH": _s(adj="schweizerisch|Schweizer", demonyms="Schweizer"),
    "RS": _s(adj="serbisch", demonyms="Serben"),
    "SK": _s(adj="slowakisch", demonyms="Slowaken"),
    "SI": _s(adj="slowenisch", demonyms="Slowenen"),
    "ES": _s(adj="spanisch", demonyms="Spanier"),
    "ZA": _s(adj="südafrikanisch", capitals="Pretoria|Kapstadt"),
    "KR": _s(adj="südkoreanisch"),
    "SD": _s(adj="sudanesisch"),
    "SY": _s(adj="syrisch", demonyms="Syrer"),
    "TW": _s(adj="taiwanisch|taiwanesisch", capitals="Taipeh"),
    "TH": _s(adj="thailändisch"),
    "CZ": _s(names="Tschechische Republik", adj="tschechisch", demonyms="Tschechen"),
    "TN": _s(adj="tunesisch"),
    "TR": _s(adj="türkisch", demonyms="Türken"),
    "UA": _s(adj="ukrainisch", demonyms="Ukrainer"),
    "HU": _s(adj="ungarisch", demonyms="Ungarn"),
    "US": _s(
        names="USA|US|U.S.|Vereinigten Staaten|Vereinigte Staaten von Amerika",
        adj="amerikanisch|us-amerikanisch",
        prefix="US|USA",
        demonyms="Amerikaner|US-Amerikaner",
        capitals="Washington",
        seats="Weißes Haus|Weiße Haus|Weißen Haus|Pentagon",
    ),
    "VE": _s(adj="venezolanisch"),
    "AE": _s(names="VAE|Emirate", adj="emiratisch"),
    "VN": _s(adj="vietnamesisch"),
    "CY": _s(adj="zypriotisch"),
}

#: States not (or not as such) in the Wikidata subset: ISO code -> (German name, English name).
EXTRA_STATES: dict[str, tuple[str, str]] = {
    "PS": ("Palästina", "Palestine"),
    "XK": ("Kosovo", "Kosovo"),
}


@dataclass(frozen=True)
class Body:
    """An international organisation, alliance, or region that acts or is a place."""

    name: str
    category: str  # "Organisation" or "Place"
    kind: str | None = None
    names: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    part_of: str | None = None  # id of a body or ISO code this one belongs to


def _b(
    name: str,
    category: str,
    kind: str | None = None,
    names: str = "",
    adj: str = "",
    prefix: str = "",
    part_of: str | None = None,
) -> Body:
    def split(v: str) -> tuple[str, ...]:
        return tuple(x.strip() for x in v.split("|") if x.strip())

    return Body(name, category, kind, split(names), split(adj), split(prefix), part_of)


#: International bodies and regions, keyed by a short id. General knowledge of the domain.
BODIES: dict[str, Body] = {
    "eu": _b("EU", "Organisation", "alliance", names="Europäische Union|European Union", prefix="EU"),
    "un": _b(
        "UN",
        "Organisation",
        "alliance",
        names="Uno|UNO|Vereinte Nationen|Vereinten Nationen|United Nations",
        prefix="UN|Uno|UNO",
    ),
    "nato": _b("NATO", "Organisation", "alliance", names="Nato|Nordatlantikpakt", prefix="NATO|Nato"),
    "osze": _b("OSZE", "Organisation", "alliance", names="OSCE", prefix="OSZE"),
    "g7": _b("G7", "Organisation", "alliance", names="G-7", prefix="G7|G-7"),
    "g20": _b("G20", "Organisation", "alliance", names="G-20", prefix="G20|G-20"),
    "iwf": _b(
        "IWF",
        "Organisation",
        None,
        names="Internationaler Währungsfonds|Internationale Währungsfonds|IMF",
        prefix="IWF",
    ),
    "weltbank": _b("Weltbank", "Organisation", None, names="World Bank"),
    "ezb": _b("EZB", "Organisation", None, names="Europäische Zentralbank", prefix="EZB"),
    "who": _b("WHO", "Organisation", None, names="Weltgesundheitsorganisation", prefix="WHO"),
    "eurozone": _b("Eurozone", "Organisation", "alliance", names="Euro-Zone|Euroraum|Eurogruppe"),
    "eu-kommission": _b(
        "EU-Kommission",
        "Organisation",
        "government",
        names="Europäische Kommission|Europäischen Kommission|Brüsseler Kommission",
        part_of="eu",
    ),
    "eu-parlament": _b(
        "EU-Parlament",
        "Organisation",
        None,
        names="Europaparlament|Europäisches Parlament|Europäische Parlament|Europäischen Parlament",
        part_of="eu",
    ),
    "europarat": _b("Europarat", "Organisation", None, names="Council of Europe"),
    "au": _b("Afrikanische Union", "Organisation", "alliance", names="AU"),
    "arabische-liga": _b("Arabische Liga", "Organisation", "alliance"),
    "asean": _b("ASEAN", "Organisation", "alliance"),
    "opec": _b("Opec", "Organisation", "alliance", names="OPEC"),
    "iaea": _b("IAEA", "Organisation", None, names="IAEO|Internationale Atomenergiebehörde"),
    "ikrk": _b(
        "IKRK", "Organisation", None, names="Rotes Kreuz|Roten Kreuz|Internationales Komitee vom Roten Kreuz"
    ),
    "unhcr": _b(
        "UNHCR",
        "Organisation",
        None,
        names="UN-Flüchtlingshilfswerk|UN-Flüchtlingshochkommissariat",
        part_of="un",
    ),
    "un-sicherheitsrat": _b(
        "UN-Sicherheitsrat", "Organisation", None, names="Sicherheitsrat|Weltsicherheitsrat", part_of="un"
    ),
    "hamas": _b("Hamas", "Organisation", "group"),
    "hisbollah": _b("Hisbollah", "Organisation", "group"),
    "taliban": _b("Taliban", "Organisation", "group"),
    # national parliaments and governments whose German names are proper names
    "bundestag": _b("Bundestag", "Organisation", None, names="Deutscher Bundestag", part_of="DE"),
    "bundesrat": _b("Bundesrat", "Organisation", None),
    "nationalrat": _b("Nationalrat", "Organisation", None),
    "duma": _b("Duma", "Organisation", None, names="Staatsduma", part_of="RU"),
    "knesset": _b("Knesset", "Organisation", None, part_of="IL"),
    "sejm": _b("Sejm", "Organisation", None, part_of="PL"),
    "rada": _b("Rada", "Organisation", None, names="Werchowna Rada", part_of="UA"),
    "us-kongress": _b("US-Kongress", "Organisation", None, names="Kongress der USA", part_of="US"),
    "us-senat": _b("US-Senat", "Organisation", None, part_of="US"),
    "repraesentantenhaus": _b("Repräsentantenhaus", "Organisation", None, part_of="US"),
    "bundesregierung": _b("Bundesregierung", "Organisation", "government"),
    # regions and continents (places)
    "europa": _b("Europa", "Place", "region", adj="europäisch", names="Europe"),
    "asien": _b("Asien", "Place", "region", adj="asiatisch"),
    "afrika": _b("Afrika", "Place", "region", adj="afrikanisch"),
    "lateinamerika": _b("Lateinamerika", "Place", "region", adj="lateinamerikanisch"),
    "suedamerika": _b("Südamerika", "Place", "region", adj="südamerikanisch"),
    "nordamerika": _b("Nordamerika", "Place", "region", adj="nordamerikanisch"),
    "nahost": _b("Nahost", "Place", "region", names="Naher Osten|Nahen Osten", adj="nahöstlich"),
    "mittlerer-osten": _b("Mittlerer Osten", "Place", "region", names="Mittleren Osten"),
    "balkan": _b("Balkan", "Place", "region", adj="balkanisch"),
    "westbalkan": _b(
        "Westbalkan", "Place", "region", names="West-Balkan|westlicher Balkan|westlichen Balkan"
    ),
    "osteuropa": _b("Osteuropa", "Place", "region", adj="osteuropäisch"),
    "westeuropa": _b("Westeuropa", "Place", "region", adj="westeuropäisch"),
    "suedosteuropa": _b("Südosteuropa", "Place", "region", adj="südosteuropäisch"),
    "mitteleuropa": _b("Mitteleuropa", "Place", "region", adj="mitteleuropäisch"),
    "skandinavien": _b("Skandinavien", "Place", "region", adj="skandinavisch"),
    "baltikum": _b("Baltikum", "Place", "region", adj="baltisch"),
    "kaukasus": _b("Kaukasus", "Place", "region"),
    "nordafrika": _b("Nordafrika", "Place", "region", adj="nordafrikanisch"),
    "golfregion": _b("Golfregion", "Place", "region", names="Persischer Golf|Persischen Golf"),
    "arktis": _b("Arktis", "Place", "region", adj="arktisch"),
    "krim": _b("Krim", "Place", "region", names="Halbinsel Krim"),
    "donbass": _b("Donbass", "Place", "region", names="Donbas|Donezbecken"),
    "gaza": _b("Gazastreifen", "Place", "region", names="Gaza-Streifen|Gaza"),
    "westjordanland": _b("Westjordanland", "Place", "region"),
    "sahel": _b("Sahelzone", "Place", "region", names="Sahel"),
}
