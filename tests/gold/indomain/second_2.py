"""In-domain batch, annotator 2: second annotations (agreement sample). Notation: see build_gold.py."""

DOCS = [
dict(source="shared:regeringen-pressmeddelanden/2024/11/sverige-soker-eu-stod-till-uppsagda-pa-northvolt.md", doc_date="2024-11",
ents="""
Sverige|LOC
Northvolt|ORG
Northvolt|ORG
Northvolt|ORG
Arbetsförmedlingen|ORG
regeringen|ORG|Regeringen
Arbetsförmedlingen|ORG
Northvolt|ORG
Mats Persson|PER
Peter Kullgren|PER
Sverige|LOC
Benjamin Dousa|PER
""",
dates="""
hösten|2024-FA|season
""",
roles="""
Mats Persson|arbetsmarknads- och integrationsminister|arbetsmarknads- och integrationsminister|
Peter Kullgren|landsbygdsminister|landsbygdsminister med ansvar för regional utveckling|
Benjamin Dousa|bistånds- och utrikeshandelsminister|bistånds- och utrikeshandelsminister|
"""),

dict(source="shared:regeringen-raw/artiklar/2026/01/utrikesminister-maria-malmer-stenergard-stod-vard-for-ett-mote-med-danmarks-utrikesminister-lars-lokke-rasmussen.md", doc_date="2026-01",
ents="""
Maria Malmer Stenergard|PER
Danmarks|LOC|Danmark
Lars Løkke Rasmussen|PER
Maria Malmer Stenergard|PER
Danmarks|LOC|Danmark
Lars Løkke Rasmussen|PER
Stockholm|LOC
Norden|LOC
EU|ORG|Europeiska unionen
Nato|ORG
Mara Malmer Stenergard|PER|Maria Malmer Stenergard
Danmark|LOC
Grönland|LOC
Arktis|LOC
Sverige|LOC
Danmark|LOC
Natos|ORG|Nato
Arktis|LOC
Ryssland|LOC
Maria Malmer Stenergard|PER
Danmarks|LOC|Danmark
Lars Løkke Rasmussen|PER
""",
dates="""
22 januari|2026-01-22|day
""",
roles="""
Maria Malmer Stenergard|utrikesminister|Utrikesminister|
Lars Løkke Rasmussen|utrikesminister|utrikesminister||country=DK
"""),

dict(source="shared:regeringen-pressmeddelanden/2018/08/lararhandledning-for-gymnasieskolan-avseende-rapporter-om-manskliga-rattigheter-demokrati-och-rattsstatens-principer.md", doc_date="2018-08",
ents="""
Utrikesdepartementets|ORG|Utrikesdepartementet
""",
dates="""
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2023/04/regeringen-har-overlamnat-en-skrivelse-som-behandlar-riksrevisionens-rapport-om-de-statliga-servicekontoren.md", doc_date="2023-04",
ents="""
Regeringen|ORG
Riksrevisionens|ORG|Riksrevisionen
Riksrevisionen|ORG
Statens servicecenters|ORG|Statens servicecenter
SSC|ORG|Statens servicecenter
Riksrevisionens|ORG|Riksrevisionen
SSC:s|ORG|Statens servicecenter
Riksrevisionen|ORG
regeringen|ORG|Regeringen
Statens servicecenter|ORG
Arbetsförmedlingen|ORG
Försäkringskassan|ORG
Pensionsmyndigheten|ORG
Skatteverket|ORG
Regeringen|ORG
""",
dates="""
""",
roles="""
"""),

dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2023/05/dir.-202362.md", doc_date="2023-05",
ents="""
Sverige|LOC
""",
dates="""
2 december 2024|2024-12-02|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2024/06/dir.-202457.md", doc_date="2024-06",
ents="""
regeringen|ORG|Regeringen
Sverige|LOC
""",
dates="""
""",
roles="""
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2011/12/u20116861uh.md", doc_date="2011-12",
ents="""
Regeringen|ORG
Malmö högskola|ORG
Malmö högskola|ORG
Högskoleverket|ORG
Statens skolverk|ORG
Högskoleverket|ORG
Malmö högskola|ORG
Högskoleverket|ORG
Malmö högskola|ORG
Regeringskansliet|ORG
Utbildningsdepartementet|ORG
""",
dates="""
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2021/09/ud-lyfter-den-pandemirelaterade-reseavradan.md", doc_date="2021-09",
ents="""
UD|ORG|Utrikesdepartementet
Ann Linde|PER
UD|ORG|Utrikesdepartementet
Sverige|LOC
Ann Linde|PER
Folkhälsomyndigheten|ORG
Sverige|LOC
~UD
UD|ORG|Utrikesdepartementet
UD:s|ORG|Utrikesdepartementet
UD|ORG|Utrikesdepartementet
""",
dates="""
dagens|2021-09|day
""",
roles="""
Ann Linde|utrikesminister|utrikesminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2022/11/ansokningsavgiften-for-nationellt-id-kort-atergar-till-400-kronor.md", doc_date="2022-11",
ents="""
EU|ORG|Europeiska unionen
Schengen|LOC
Polis\u00admyndig\u00adheten|ORG|Polismyndigheten
Polis\u00admyndig\u00adheten|ORG|Polismyndigheten
Regeringen|ORG
""",
dates="""
maj tidigare i år|2022-05|month
års\u00adskiftet|2023-01-01|day
1 januari 2023|2023-01-01|day
""",
roles="""
"""),
]
