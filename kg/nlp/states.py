"""Hand-written German domain knowledge about states, regions and international bodies.

Wikidata gives the names of states and capitals (see `kg/data/gazetteer.json`, built by
`tools/build_gazetteer.py`), but not the forms German news uses to *refer* to a state
without naming it: adjectives ("russische", "ukrainischen"), compound prefixes ("US-",
"EU-"), colloquial names ("USA", "Mazedonien") and seats of power ("Kreml", "Weißes Haus").
These forms are general German, not tied to any article, so they are written down here
once, keyed by the ISO 3166-1 alpha-2 code that joins them to the Wikidata entries.

Adjective entries are stems: "russisch" matches russische/russischen/russischer/...

Sources and scope of the hand-written lists (general knowledge of German news language,
not of any article):

* `STATES`: the German adjective and demonym of states that news report on, exonyms of
  capitals where the Wikidata subset carries an English or dated label ("Algier",
  "Mogadischu", "Kyjiw"), and the seats of power that German journalism uses for a
  government (Kreml, Weißes Haus, Élysée, Downing Street, Kanzleramt, Ballhausplatz,
  Zhongnanhai, Palazzo Chigi, Moncloa, Blaues Haus).
* `BODIES`: the United Nations and their main bodies, funds and courts; the economic
  organisations (IWF, Weltbank, WTO, OECD, Opec); the EU and its institutions; regional
  alliances (NATO, OSZE, G7, G20, Brics, AU, Ecowas, Arabische Liga, Golf-Kooperationsrat,
  ASEAN, Mercosur, SOZ, GUS); large humanitarian organisations; armed groups that are
  parties of conflicts in international reporting; parliaments and governments with a
  proper name (Bundestag, Nationalrat, Duma, Knesset, Sejm, Rada, Kongress, Senat,
  Unterhaus, ...); national news agencies and public broadcasters; continents, world
  regions and contested regions. Each group aims at being complete for its kind.
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
    "DZ": _s(adj="algerisch", capitals="Algier"),
    "AR": _s(adj="argentinisch"),
    "AM": _s(adj="armenisch", demonyms="Armenier", capitals="Eriwan"),
    "AZ": _s(adj="aserbaidschanisch"),
    "AU": _s(adj="australisch", demonyms="Australier"),
    "AT": _s(adj="österreichisch", demonyms="Österreicher", seats="Ballhausplatz"),
    "BE": _s(adj="belgisch", demonyms="Belgier"),
    "BY": _s(names="Weißrussland", adj="belarussisch|weißrussisch"),
    "BA": _s(names="Bosnien-Herzegowina|Bosnien", adj="bosnisch"),
    "BR": _s(adj="brasilianisch", capitals="Brasilia"),
    "BG": _s(adj="bulgarisch", demonyms="Bulgaren"),
    "CL": _s(adj="chilenisch"),
    "CN": _s(
        names="Volksrepublik China",
        adj="chinesisch",
        demonyms="Chinesen",
        capitals="Beijing",
        seats="Zhongnanhai",
    ),
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
    "GE": _s(adj="georgisch", demonyms="Georgier", capitals="Tbilissi"),
    "GR": _s(adj="griechisch", demonyms="Griechen"),
    "GB": _s(
        names="Großbritannien|Britannien|England|UK",
        adj="britisch|englisch",
        prefix="UK",
        demonyms="Briten",
        seats="Downing Street",
    ),
    "IN": _s(adj="indisch", demonyms="Inder", capitals="New Delhi|Delhi"),
    "ID": _s(adj="indonesisch"),
    "IQ": _s(adj="irakisch", demonyms="Iraker"),
    "IR": _s(adj="iranisch", demonyms="Iraner"),
    "IE": _s(adj="irisch", demonyms="Iren"),
    "IS": _s(adj="isländisch", capitals="Reykjavik"),
    "IL": _s(adj="israelisch", demonyms="Israelis"),
    "IT": _s(adj="italienisch", demonyms="Italiener", seats="Palazzo Chigi"),
    "JP": _s(adj="japanisch", demonyms="Japaner"),
    "YE": _s(adj="jemenitisch", capitals="Sanaa"),
    "JO": _s(adj="jordanisch"),
    "CA": _s(adj="kanadisch", demonyms="Kanadier"),
    "KZ": _s(adj="kasachisch", capitals="Astana"),
    "QA": _s(adj="katarisch"),
    "CO": _s(adj="kolumbianisch", capitals="Bogota"),
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
    "MD": _s(names="Moldawien|Republik Moldau", adj="moldauisch|moldawisch", capitals="Chisinau"),
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
    "ES": _s(adj="spanisch", demonyms="Spanier", seats="Moncloa"),
    "ZA": _s(adj="südafrikanisch", capitals="Pretoria|Kapstadt"),
    "KR": _s(adj="südkoreanisch", seats="Blaues Haus|Blaue Haus|Blauen Haus"),
    "SD": _s(adj="sudanesisch", capitals="Khartum"),
    "SY": _s(adj="syrisch", demonyms="Syrer"),
    "TW": _s(adj="taiwanisch|taiwanesisch", capitals="Taipeh"),
    "TH": _s(adj="thailändisch"),
    "CZ": _s(names="Tschechische Republik", adj="tschechisch", demonyms="Tschechen"),
    "TN": _s(adj="tunesisch"),
    "TR": _s(adj="türkisch", demonyms="Türken"),
    "UA": _s(adj="ukrainisch", demonyms="Ukrainer", capitals="Kyjiw|Kiev"),
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
    # further states, so that adjectives and capitals cover the world rather than Europe
    "BD": _s(adj="bangladeschisch"),
    "BH": _s(adj="bahrainisch"),
    "BO": _s(adj="bolivianisch"),
    "CD": _s(names="Demokratische Republik Kongo|DR Kongo", adj="kongolesisch"),
    "EC": _s(adj="ecuadorianisch", capitals="Quito"),
    "ER": _s(adj="eritreisch"),
    "ET": _s(adj="äthiopisch", demonyms="Äthiopier"),
    "GT": _s(adj="guatemaltekisch", capitals="Guatemala-Stadt"),
    "KE": _s(adj="kenianisch"),
    "KG": _s(adj="kirgisisch", capitals="Bischkek"),
    "KH": _s(adj="kambodschanisch"),
    "LA": _s(adj="laotisch"),
    "LK": _s(adj="sri-lankisch"),
    "ML": _s(adj="malisch"),
    "MM": _s(names="Birma|Burma", adj="myanmarisch|birmanisch"),
    "MN": _s(adj="mongolisch", capitals="Ulan-Bator|Ulaanbaatar"),
    "MT": _s(adj="maltesisch"),
    "MY": _s(adj="malaysisch"),
    "NE": _s(adj="nigrisch"),
    "NG": _s(adj="nigerianisch"),
    "NI": _s(adj="nicaraguanisch"),
    "OM": _s(adj="omanisch", capitals="Maskat"),
    "PA": _s(adj="panamaisch", capitals="Panama-Stadt"),
    "PE": _s(adj="peruanisch"),
    "PH": _s(adj="philippinisch"),
    "PY": _s(adj="paraguayisch"),
    "RW": _s(adj="ruandisch"),
    "SG": _s(adj="singapurisch"),
    "SO": _s(adj="somalisch", capitals="Mogadischu"),
    "SS": _s(adj="südsudanesisch"),
    "TJ": _s(adj="tadschikisch", capitals="Duschanbe"),
    "TM": _s(adj="turkmenisch", capitals="Aschgabat"),
    "UY": _s(adj="uruguayisch"),
    "UZ": _s(adj="usbekisch", capitals="Taschkent"),
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


#: International bodies, parliaments, governments, armed groups, news media and regions,
#: keyed by a short id. Each group is meant to be complete for its kind as far as German
#: news name it routinely (see the module docstring for the sources); nothing is here
#: because one article mentions it. Names that are also ordinary German words ("Parlament",
#: "Regierung", "Spiegel", "Welt", "Standard", "Presse") are left out on purpose: as
#: gazetteer forms they would turn every common noun into an actor; the head-noun rules
#: of `kg.nlp.roles` ("Zeitung Die Welt") and the NER model cover them.
BODIES: dict[str, Body] = {
    # -- the United Nations and their bodies, funds, programmes and courts
    "un": _b(
        "UN",
        "Organisation",
        "alliance",
        names="Uno|UNO|Vereinte Nationen|Vereinten Nationen|United Nations",
        prefix="UN|Uno|UNO",
    ),
    "un-sicherheitsrat": _b(
        "UN-Sicherheitsrat",
        "Organisation",
        None,
        names="Sicherheitsrat|Weltsicherheitsrat|United Nations Security Council",
        part_of="un",
    ),
    "un-generalversammlung": _b(
        "UN-Generalversammlung", "Organisation", None, names="UN-Vollversammlung", part_of="un"
    ),
    "un-menschenrechtsrat": _b("UN-Menschenrechtsrat", "Organisation", None, part_of="un"),
    "unhcr": _b(
        "UNHCR",
        "Organisation",
        None,
        names="UN-Flüchtlingshilfswerk|UN-Flüchtlingshochkommissariat|UN-Flüchtlingskommissariat",
        part_of="un",
    ),
    "unicef": _b("Unicef", "Organisation", None, names="UNICEF|UN-Kinderhilfswerk", part_of="un"),
    "unesco": _b("Unesco", "Organisation", None, names="UNESCO", part_of="un"),
    "unrwa": _b("UNRWA", "Organisation", None, names="UN-Palästinenserhilfswerk", part_of="un"),
    "wfp": _b(
        "WFP", "Organisation", None, names="Welternährungsprogramm|UN-Welternährungsprogramm", part_of="un"
    ),
    "fao": _b("FAO", "Organisation", None, names="Welternährungsorganisation", part_of="un"),
    "ilo": _b("ILO", "Organisation", None, names="Internationale Arbeitsorganisation", part_of="un"),
    "who": _b("WHO", "Organisation", None, names="Weltgesundheitsorganisation", prefix="WHO"),
    "iaea": _b("IAEA", "Organisation", None, names="IAEO|Internationale Atomenergiebehörde"),
    "igh": _b("IGH", "Organisation", None, names="Internationaler Gerichtshof|Internationale Gerichtshof"),
    "istgh": _b(
        "IStGH",
        "Organisation",
        None,
        names="Internationaler Strafgerichtshof|Internationale Strafgerichtshof|ICC",
    ),
    # -- economic and financial organisations
    "iwf": _b(
        "IWF",
        "Organisation",
        None,
        names="Internationaler Währungsfonds|Internationale Währungsfonds|IMF",
        prefix="IWF",
    ),
    "weltbank": _b("Weltbank", "Organisation", None, names="World Bank"),
    "wto": _b("WTO", "Organisation", None, names="Welthandelsorganisation", prefix="WTO"),
    "oecd": _b("OECD", "Organisation", None, prefix="OECD"),
    "opec": _b("Opec", "Organisation", "alliance", names="OPEC|Opec+|OPEC+"),
    # -- the European Union and its institutions
    "eu": _b("EU", "Organisation", "alliance", names="Europäische Union|European Union", prefix="EU"),
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
    "europaeischer-rat": _b(
        "Europäischer Rat", "Organisation", None, names="Europäische Rat|Europäischen Rat", part_of="eu"
    ),
    "eugh": _b(
        "EuGH", "Organisation", None, names="Europäischer Gerichtshof|Europäische Gerichtshof", part_of="eu"
    ),
    "ezb": _b("EZB", "Organisation", None, names="Europäische Zentralbank", prefix="EZB", part_of="eu"),
    "frontex": _b("Frontex", "Organisation", None, part_of="eu"),
    "eurozone": _b("Eurozone", "Organisation", "alliance", names="Euro-Zone|Euroraum|Eurogruppe"),
    "europarat": _b("Europarat", "Organisation", None, names="Council of Europe"),
    "egmr": _b(
        "EGMR", "Organisation", None, names="Europäischer Gerichtshof für Menschenrechte", part_of="europarat"
    ),
    # -- alliances and regional organisations
    "nato": _b("NATO", "Organisation", "alliance", names="Nato|Nordatlantikpakt", prefix="NATO|Nato"),
    "osze": _b("OSZE", "Organisation", "alliance", names="OSCE", prefix="OSZE"),
    "g7": _b("G7", "Organisation", "alliance", names="G-7", prefix="G7|G-7"),
    "g20": _b("G20", "Organisation", "alliance", names="G-20", prefix="G20|G-20"),
    "brics": _b("Brics", "Organisation", "alliance", names="BRICS", prefix="Brics|BRICS"),
    "au": _b("Afrikanische Union", "Organisation", "alliance", names="AU"),
    "ecowas": _b("Ecowas", "Organisation", "alliance", names="ECOWAS"),
    "arabische-liga": _b("Arabische Liga", "Organisation", "alliance"),
    "golfkooperationsrat": _b(
        "Golf-Kooperationsrat", "Organisation", "alliance", names="Golfkooperationsrat|GCC"
    ),
    "asean": _b("ASEAN", "Organisation", "alliance", names="Asean"),
    "mercosur": _b("Mercosur", "Organisation", "alliance"),
    "sco": _b("Schanghaier Organisation für Zusammenarbeit", "Organisation", "alliance", names="SOZ|SCO"),
    "gus": _b("GUS", "Organisation", "alliance", names="Gemeinschaft Unabhängiger Staaten"),
    "commonwealth": _b("Commonwealth", "Organisation", "alliance"),
    # -- humanitarian and human-rights organisations
    "ikrk": _b(
        "IKRK", "Organisation", None, names="Rotes Kreuz|Roten Kreuz|Internationales Komitee vom Roten Kreuz"
    ),
    "amnesty": _b("Amnesty International", "Organisation", None),
    "hrw": _b("Human Rights Watch", "Organisation", None),
    "msf": _b("Ärzte ohne Grenzen", "Organisation", None),
    # -- armed groups that German news name as actors of conflicts and talks
    "hamas": _b("Hamas", "Organisation", "group"),
    "hisbollah": _b("Hisbollah", "Organisation", "group"),
    "taliban": _b("Taliban", "Organisation", "group"),
    "islamischer-staat": _b(
        "Islamischer Staat", "Organisation", "group", names="Islamische Staat|IS|IS-Miliz"
    ),
    "al-kaida": _b("Al-Kaida", "Organisation", "group", names="al-Kaida|Al-Qaida|al-Qaida"),
    "pkk": _b("PKK", "Organisation", "group"),
    "boko-haram": _b("Boko Haram", "Organisation", "group"),
    "al-schabab": _b("Al-Schabaab", "Organisation", "group", names="al-Schabaab|Al-Shabaab|al-Shabaab"),
    "fatah": _b("Fatah", "Organisation", "party"),
    # -- parliaments and governments whose German names are proper names (the national ones
    #    take part_of so that "der Bundestag" implies Germany; names shared by several states,
    #    like "Nationalrat" (Austria, Switzerland) or "Senat", take none)
    "bundestag": _b("Bundestag", "Organisation", None, names="Deutscher Bundestag", part_of="DE"),
    "bundesrat": _b("Bundesrat", "Organisation", None),
    "bundesregierung": _b("Bundesregierung", "Organisation", "government"),
    # foreign ministries known by a proper name rather than "Außenministerium" ("Auswärtiges
    # Amt" is read as an institution name, kg/data/institutions.tsv)
    "state-department": _b("State Department", "Organisation", "government", part_of="US"),
    "nationalrat": _b("Nationalrat", "Organisation", None),
    "staenderat": _b("Ständerat", "Organisation", None, part_of="CH"),
    "bundesversammlung": _b("Bundesversammlung", "Organisation", None),
    "duma": _b("Duma", "Organisation", None, names="Staatsduma", part_of="RU"),
    "foederationsrat": _b("Föderationsrat", "Organisation", None, part_of="RU"),
    "knesset": _b("Knesset", "Organisation", None, part_of="IL"),
    "sejm": _b("Sejm", "Organisation", None, part_of="PL"),
    "rada": _b("Rada", "Organisation", None, names="Werchowna Rada", part_of="UA"),
    "us-kongress": _b("US-Kongress", "Organisation", None, names="Kongress der USA|Kongress", part_of="US"),
    "us-senat": _b("US-Senat", "Organisation", None, part_of="US"),
    "repraesentantenhaus": _b("Repräsentantenhaus", "Organisation", None, part_of="US"),
    "senat": _b("Senat", "Organisation", None),
    "unterhaus": _b("Unterhaus", "Organisation", None, names="House of Commons"),
    "oberhaus": _b("Oberhaus", "Organisation", None, names="House of Lords"),
    "nationalversammlung": _b("Nationalversammlung", "Organisation", None, names="Assemblée nationale"),
    "volkskongress": _b(
        "Nationaler Volkskongress", "Organisation", None, names="Volkskongress", part_of="CN"
    ),
    # -- news agencies and broadcasters (only names that are no German common nouns)
    "dpa": _b("dpa", "Organisation", "media", names="DPA|Deutsche Presse-Agentur"),
    "afp": _b("AFP", "Organisation", "media", names="Agence France-Presse"),
    "ap": _b("AP", "Organisation", "media", names="Associated Press"),
    "reuters": _b("Reuters", "Organisation", "media"),
    "apa": _b("APA", "Organisation", "media", names="Austria Presse Agentur"),
    "kna": _b("KNA", "Organisation", "media"),
    "epd": _b("epd", "Organisation", "media"),
    "sda": _b("SDA", "Organisation", "media", names="Keystone-SDA"),
    "ansa": _b("Ansa", "Organisation", "media", names="ANSA"),
    "efe": _b("EFE", "Organisation", "media"),
    "tass": _b("Tass", "Organisation", "media", names="TASS"),
    "ria": _b("RIA Nowosti", "Organisation", "media", names="Ria Nowosti"),
    "interfax": _b("Interfax", "Organisation", "media"),
    "xinhua": _b("Xinhua", "Organisation", "media"),
    "kyodo": _b("Kyodo", "Organisation", "media"),
    "yonhap": _b("Yonhap", "Organisation", "media"),
    "anadolu": _b("Anadolu", "Organisation", "media"),
    "irna": _b("Irna", "Organisation", "media", names="IRNA"),
    "ukrinform": _b("Ukrinform", "Organisation", "media"),
    "bloomberg": _b("Bloomberg", "Organisation", "media"),
    "orf": _b("ORF", "Organisation", "media"),
    "ard": _b("ARD", "Organisation", "media"),
    "zdf": _b("ZDF", "Organisation", "media"),
    "srf": _b("SRF", "Organisation", "media"),
    "bbc": _b("BBC", "Organisation", "media"),
    "cnn": _b("CNN", "Organisation", "media"),
    "al-dschasira": _b("Al-Dschasira", "Organisation", "media", names="Al Jazeera|Al-Jazeera"),
    # -- continents and world regions (places)
    "europa": _b("Europa", "Place", "region", adj="europäisch", names="Europe"),
    "asien": _b("Asien", "Place", "region", adj="asiatisch"),
    "afrika": _b("Afrika", "Place", "region", adj="afrikanisch"),
    "amerika": _b("Amerika", "Place", "region"),
    "australien-kontinent": _b("Ozeanien", "Place", "region"),
    "antarktis": _b("Antarktis", "Place", "region"),
    "arktis": _b("Arktis", "Place", "region", adj="arktisch"),
    "lateinamerika": _b("Lateinamerika", "Place", "region", adj="lateinamerikanisch"),
    "suedamerika": _b("Südamerika", "Place", "region", adj="südamerikanisch"),
    "nordamerika": _b("Nordamerika", "Place", "region", adj="nordamerikanisch"),
    "mittelamerika": _b("Mittelamerika", "Place", "region", adj="mittelamerikanisch"),
    "karibik": _b("Karibik", "Place", "region", adj="karibisch"),
    "nahost": _b("Nahost", "Place", "region", names="Naher Osten|Nahen Osten", adj="nahöstlich"),
    "mittlerer-osten": _b("Mittlerer Osten", "Place", "region", names="Mittleren Osten"),
    "golfregion": _b("Golfregion", "Place", "region", names="Persischer Golf|Persischen Golf"),
    "maghreb": _b("Maghreb", "Place", "region"),
    "nordafrika": _b("Nordafrika", "Place", "region", adj="nordafrikanisch"),
    "westafrika": _b("Westafrika", "Place", "region", adj="westafrikanisch"),
    "ostafrika": _b("Ostafrika", "Place", "region", adj="ostafrikanisch"),
    "horn-von-afrika": _b("Horn von Afrika", "Place", "region"),
    "sahel": _b("Sahelzone", "Place", "region", names="Sahel"),
    "zentralasien": _b("Zentralasien", "Place", "region", adj="zentralasiatisch"),
    "suedasien": _b("Südasien", "Place", "region", adj="südasiatisch"),
    "suedostasien": _b("Südostasien", "Place", "region", adj="südostasiatisch"),
    "ostasien": _b("Ostasien", "Place", "region", adj="ostasiatisch"),
    "indopazifik": _b("Indopazifik", "Place", "region", names="Indo-Pazifik"),
    "osteuropa": _b("Osteuropa", "Place", "region", adj="osteuropäisch"),
    "westeuropa": _b("Westeuropa", "Place", "region", adj="westeuropäisch"),
    "mitteleuropa": _b("Mitteleuropa", "Place", "region", adj="mitteleuropäisch"),
    "suedosteuropa": _b("Südosteuropa", "Place", "region", adj="südosteuropäisch"),
    "nordeuropa": _b("Nordeuropa", "Place", "region", adj="nordeuropäisch"),
    "suedeuropa": _b("Südeuropa", "Place", "region", adj="südeuropäisch"),
    "skandinavien": _b("Skandinavien", "Place", "region", adj="skandinavisch"),
    "baltikum": _b("Baltikum", "Place", "region", adj="baltisch"),
    "balkan": _b("Balkan", "Place", "region", adj="balkanisch"),
    "westbalkan": _b(
        "Westbalkan", "Place", "region", names="West-Balkan|westlicher Balkan|westlichen Balkan"
    ),
    "kaukasus": _b("Kaukasus", "Place", "region", names="Südkaukasus"),
    # -- contested and conflict regions that news name as places of talks and fighting
    "krim": _b("Krim", "Place", "region", names="Halbinsel Krim"),
    "donbass": _b("Donbass", "Place", "region", names="Donbas|Donezbecken"),
    "gaza": _b("Gazastreifen", "Place", "region", names="Gaza-Streifen|Gaza"),
    "westjordanland": _b("Westjordanland", "Place", "region"),
    "golanhoehen": _b("Golanhöhen", "Place", "region", names="Golan"),
    "bergkarabach": _b("Bergkarabach", "Place", "region", names="Berg-Karabach|Karabach"),
    "kurdistan": _b("Kurdistan", "Place", "region"),
    "kaschmir": _b("Kaschmir", "Place", "region"),
    "transnistrien": _b("Transnistrien", "Place", "region"),
    "abchasien": _b("Abchasien", "Place", "region"),
    "suedossetien": _b("Südossetien", "Place", "region"),
    "darfur": _b("Darfur", "Place", "region"),
    "tigray": _b("Tigray", "Place", "region", names="Tigrai"),
}
