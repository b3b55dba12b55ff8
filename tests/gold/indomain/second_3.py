"""Annotator 3, second annotations of agreement documents (in-domain batch). Notation: see build_gold.py."""

DOCS = [
# 008 test (second)
dict(source="shared:regeringen-pressmeddelanden/2025/06/regeringen-tillstyrker-ansokan-om-eu-stod-for-fyra-infrastrukturprojekt-for-alternativa-branslen.md", doc_date="2025-06",
ents="""
Regeringen|ORG
Sverige|LOC
Andreas Carlson|PER
Sverige|LOC
regeringen|ORG|Regeringen
Sverige|LOC
Europa|LOC
Romina Pourmokhtari|PER
EU-kommissionen|ORG|Europeiska kommissionen
CEF-kommittén|ORG
EU:s|ORG|Europeiska unionen
regeringen|ORG|Regeringen
AT|LOC|Österrike
DE|LOC|Tyskland
DK|LOC|Danmark
ES|LOC|Spanien
FR|LOC|Frankrike
NL|LOC|Nederländerna
SE|LOC|Sverige
AT|LOC|Österrike
BE|LOC|Belgien
DE|LOC|Tyskland
ES|LOC|Spanien
FR|LOC|Frankrike
NL|LOC|Nederländerna
SE|LOC|Sverige
Preem|ORG
""",
dates="""
sommaren|2025-SU|season
hösten|2025-FA|season
2024–2026|2024/2026|range
""",
roles="""
Andreas Carlson|infrastruktur- och bostadsminister|infrastruktur- och bostadsminister|
Romina Pourmokhtari|klimat- och miljöminister|klimat- och miljöminister|
"""),

# 024 test (second)
dict(source="shared:regeringen-raw/regeringsuppdrag/2013/02/s2013792fst.md", doc_date="2013-02",
ents="""
Regeringen|ORG
Tillväxtverket|ORG
Tillväxtverket|ORG
""",
dates="""
2013|2013|year
2013|2013|year
31 januari 2015|2015-01-31|day
""",
roles="""
"""),

# 067 test (second)
dict(source="shared:regeringen-raw/uttalanden/2021/01/uttalande-fran-den-internationella-samordnings--och-atgardsgruppen-for-offer-fran-ps752-pa-1-arsdagen-av-den-tragiska-nedskjutningen-av-ps752.md", doc_date="2021-01",
ents="""
internationella samordnings- och åtgärdsgruppen för offer från PS752|ORG
Ottawa|LOC
Ontario|LOC
Global Affairs Canada|ORG
Ukraine International Airlines|ORG
Teheran|LOC
Iran|LOC
Iran|LOC
Iran|LOC
""",
dates="""
8 januari 2021|2021-01-08|day
ett år sedan|2020-01-08|day
8 januari 2020|2020-01-08|day
Idag|2021-01-08|day
""",
roles="""
"""),

# 069 test (second)
dict(source="shared:regeringen-raw/tal/2025/09/nordiskt-uttalande-om-rysslands-senaste-krankning-av-estlands-luftrum.md", doc_date="2025-09",
ents="""
Rysslands|LOC|Ryssland
Estlands|LOC|Estland
Sveriges|LOC|Sverige
Maria Malmer Stenergard|PER
FN:s säkerhetsråd|ORG
Danmarks|LOC|Danmark
Finlands|LOC|Finland
Islands|LOC|Island
Norges|LOC|Norge
Sveriges|LOC|Sverige
Rysslands|LOC|Ryssland
Estlands|LOC|Estland
Estland|LOC
Norden|LOC
Ryssland|LOC
Rysslands|LOC|Ryssland
Estlands|LOC|Estland
Ryssland|LOC
säkerhetsrådet|ORG|FN:s säkerhetsråd
Rysslands|LOC|Ryssland
Polens|LOC|Polen
Ryssland|LOC
Rumäniens|LOC|Rumänien
Ryssland|LOC
Rysslands|LOC|Ryssland
Rysslands|LOC|Ryssland
Ukraina|LOC
Ryssland|LOC
Ukraina|LOC
Ryssland|LOC
Ukraina|LOC
Ukrainas|LOC|Ukraina
Ryssland|LOC
Ukraina|LOC
Ryssland|LOC
Rysslands|LOC|Ryssland
""",
dates="""
22 september 2025|2025-09-22|day
19 september|2025-09-19|day
fjorton dagar|P14D|duration
förra veckan|2025-W38|week
i morgon|2025-09-23|day
""",
roles="""
Maria Malmer Stenergard|utrikesminister|utrikesminister|
"""),
]
