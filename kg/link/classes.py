"""Which Wikidata classes (`wdt:P31` values) fit which kg actor category.

The category from the text is the strongest disambiguation signal we have: "Georgia" the
country is Q230, "Georgia" the U.S. state is Q1428, and only the category tells them apart.
Wikidata types items directly with specific classes (Berlin is a "big city" and a
"capital", rarely plain "city"), and walking `P279*` on every lookup is expensive on the
public service, so each category lists the common direct classes. The classes that occur
in `../shared/data/wikidata-subset/entities.nt` (Q5, Q6256, Q515, Q35657, Q484652, Q7278)
are all here; `tests/test_link_units.py` checks that.

`PREFERRED` refines by `Actor.kind` (a "city" Place prefers city classes over a region of
the same name); `RELATED` lists categories that are often confused in text (a capital
standing for its state, "Russland" as a political actor), which keep a weak chance.
"""

from __future__ import annotations

HUMAN = frozenset({"Q5"})

COUNTRY = frozenset({
    "Q6256",      # country
    "Q3624078",   # sovereign state
    "Q7275",      # state
    "Q112099",    # island nation
    "Q15634554",  # state with limited recognition
    "Q1763527",   # constitutional republic
    "Q43702",     # federation
    "Q417175",    # kingdom (form of state)
})

CITY = frozenset({
    "Q515",       # city
    "Q5119",      # capital city
    "Q1549591",   # big city
    "Q1637706",   # city with millions of inhabitants
    "Q200250",    # metropolis
    "Q1093829",   # city in the United States
    "Q3957",      # town
    "Q7930989",   # city/town
    "Q486972",    # human settlement
    "Q15284",     # municipality
    "Q22865",     # independent city
    "Q532",       # village
})

REGION = frozenset({
    "Q35657",     # U.S. state
    "Q107390",    # federated state
    "Q10864048",  # first-level administrative country subdivision
    "Q13220204",  # second-level administrative country subdivision
    "Q1221156",   # state of Germany
    "Q34876",     # province
    "Q82794",     # geographic region
    "Q1620908",   # historical region
    "Q5107",      # continent
    "Q23442",     # island
    "Q56061",     # administrative territorial entity
})

SITE = frozenset({
    "Q41176",     # building
    "Q16560",     # palace
    "Q174782",    # square
    "Q570116",    # tourist attraction
    "Q811979",    # architectural structure
})

ORGANISATION = frozenset({
    "Q43229",     # organization
    "Q484652",    # international organization
    "Q245065",    # intergovernmental organization
    "Q1335818",   # supranational union
    "Q1127126",   # military alliance
    "Q7278",      # political party
    "Q7210356",   # political organization
    "Q327333",    # government agency
    "Q7188",      # government
    "Q2659904",   # government organization
    "Q35749",     # parliament
    "Q11204",     # legislature
    "Q4830453",   # business
    "Q783794",    # company
    "Q891723",    # public company
    "Q192283",    # news agency
    "Q11032",     # newspaper
    "Q1110794",   # daily newspaper
    "Q1153191",   # online newspaper
    "Q15265344",  # broadcaster
    "Q1331793",   # media company
    "Q35127",     # website
    "Q3220391",   # social networking service
    "Q163740",    # nonprofit organization
    "Q17149090",  # armed organization
    "Q17127659",  # terrorist organization
    "Q31855",     # research institute
    "Q3918",      # university
})

ALLOWED: dict[str, frozenset[str]] = {
    "Person": HUMAN,
    "Country": COUNTRY,
    "Place": CITY | REGION | SITE,
    "Organisation": ORGANISATION,
}

#: categories whose classes are a plausible confusion for the given category
RELATED: dict[str, frozenset[str]] = {
    "Person": frozenset(),
    "Country": REGION,
    "Place": COUNTRY,
    "Organisation": COUNTRY | SITE,
}

_KIND_PREFERRED: dict[str, frozenset[str]] = {
    "city": CITY, "capital": CITY, "town": CITY,
    "region": REGION, "state": REGION, "province": REGION, "continent": REGION,
    "building": SITE, "site": SITE,
    "alliance": frozenset({"Q484652", "Q245065", "Q1335818", "Q1127126"}),
    "party": frozenset({"Q7278"}),
    "media": frozenset({"Q192283", "Q11032", "Q1110794", "Q1153191", "Q15265344", "Q1331793",
                        "Q35127", "Q3220391"}),
    "government": frozenset({"Q7188", "Q327333", "Q2659904"}),
}


def preferred(category: str, kind: str | None) -> frozenset[str]:
    """The classes that fit the category *and* the finer kind, if the kind says more."""
    allowed = ALLOWED.get(category, frozenset())
    if kind:
        narrowed = _KIND_PREFERRED.get(kind.lower(), frozenset()) & allowed
        if narrowed:
            return narrowed
    return allowed
