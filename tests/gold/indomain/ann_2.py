"""In-domain batch, annotator 2: first annotations (gold). Notation: see build_gold.py; rules: GUIDELINES.md."""

DOCS = [
dict(source="shared:regeringen-raw/regeringsuppdrag/2008/06/ij20081308iu.md", doc_date="2008-06",
ents="""
Statistiska centralbyrån|ORG
SCB|ORG|Statistiska centralbyrån
SCB|ORG|Statistiska centralbyrån
SCB|ORG|Statistiska centralbyrån
""",
dates="""
""",
roles="""
"""),

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

dict(source="shared:regeringen-raw/informationsmaterial/2015/06/regeringskansliets-arsbok-2014.md", doc_date="2015-06",
ents="""
Regeringskansliets|ORG|Regeringskansliet
Regeringskansliets|ORG|Regeringskansliet
Regeringskansliets|ORG|Regeringskansliet
Regeringskansliets|ORG|Regeringskansliet
""",
dates="""
2014|2014|year
2014|2014|year
föregående år|2014|year
februari|2015-02|month
""",
roles="""
"""),

dict(source="shared:regeringen-raw/faktapromemoria/2020/12/202021fpm47.md", doc_date="2020-12",
ents="""
EU|ORG|Europeiska unionen
EU|ORG|Europeiska unionen
EU|ORG|Europeiska unionen
EU:s|ORG|Europeiska unionen
Regeringen|ORG
EU|ORG|Europeiska unionen
""",
dates="""
""",
roles="""
"""),

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

dict(source="shared:regeringen-raw/uttalanden/2021/01/uttalande-fran-den-internationella-samordnings--och-atgardsgruppen-for-offer-fran-ps752-pa-1-arsdagen-av-den-tragiska-nedskjutningen-av-ps752.md", doc_date="2021-01",
ents="""
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
1-årsdagen|2021-01-08|day
8 januari 2021|2021-01-08|day
ett år sedan|2020-01-08|year
8 januari 2020|2020-01-08|day
Idag|2021-01-08|day
""",
roles="""
"""),

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

dict(source="shared:regeringen-pressmeddelanden/2025/12/pressmeddelande-starkt-vard-for-valdsutsatta-barn-och-unga.md", doc_date="2025-12",
ents="""
SiS|ORG|Statens institutionsstyrelse
Camilla Waltersson Grönvall|PER
SiS|ORG|Statens institutionsstyrelse
Helene Odenjung|PER
Liberalerna|ORG
Regeringskansliet|ORG
SiS|ORG|Statens institutionsstyrelse
Jakob Forssmed|PER
""",
dates="""
2026|2026|year
24 mars 2029|2029-03-24|day
26 mars 2027|2027-03-26|day
""",
roles="""
Camilla Waltersson Grönvall|socialtjänstminister|socialtjänstminister|
Helene Odenjung|barnrättspolitisk talesperson|barnrättspolitisk talesperson|Liberalerna
Jakob Forssmed|socialminister|socialminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2026/01/ebba-busch-reser-till-berlin.md", doc_date="2026-01",
ents="""
Ebba Busch|PER
Berlin|LOC
Axel Springer|ORG
Tyskland|LOC
Europa|LOC
Ebba Busch|PER
Axel Vide|PER
""",
dates="""
Årets|2026|year
""",
roles="""
Ebba Busch|energi- och näringsminister|Energi- och näringsminister|
Axel Vide|pressekreterare|pressekreterare|
"""),
]
