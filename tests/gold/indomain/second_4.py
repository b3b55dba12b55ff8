"""In-domain batch, annotator 4: second annotations. Notation: see build_gold.py."""

DOCS = [
# 002 (test)
dict(source="shared:regeringen-raw/remisser/2026/01/remiss-av-promemoriorna-enhetligare-ordningsregler-for-kollektivtrafiken-och-en-nationell-rapporteringsvag-for-kollektivtrafiken.md", doc_date="2026-01",
ents="""
regeringen|ORG|Regeringen
""",
dates="""
27 april 2026|2026-04-27|day
""",
roles="""
"""),

# 009 (test)
dict(source="shared:regeringen-pressmeddelanden/2025/07/regeringen-ger-medel-till-en-undersokning-om-varderingar-i-sverige.md", doc_date="2025-07",
ents="""
Regeringen|ORG
Sverige|LOC
Sverige|LOC
Sverige|LOC
World Values Surveys|ORG|World Values Survey
WVS|ORG|World Values Survey
Simona Mohamsson|PER
""",
dates="""
""",
roles="""
Simona Mohamsson|utbildnings- och integrationsminister|utbildnings - och integrationsminister|
"""),

# 012 (test)
dict(source="shared:regeringen-pressmeddelanden/2024/08/ny-lagman-i-goteborgs-tingsratt.md", doc_date="2024-08",
ents="""
Göteborgs tingsrätt|ORG
Eva-Lena Norgren|PER
Södertörns tingsrätt|ORG
Södertälje tingsrätt|ORG
Finansdepartementet|ORG
Eva-Lena Norgren|PER
Europeiska investeringsbankens|ORG|Europeiska investeringsbanken
Eva-Lena Norgren|PER
Göteborgs tingsrätt|ORG
""",
dates="""
2019|2019|year
2022|2022|year
1 oktober 2024|2024-10-01|day
""",
roles="""
Eva-Lena Norgren|lagman|lagman|Göteborgs tingsrätt|status=incoming
Eva-Lena Norgren|lagman|lagman|Södertörns tingsrätt
Eva-Lena Norgren|lagman|lagman|Södertälje tingsrätt|status=former
Eva-Lena Norgren|enhetschef|enhetschef|Finansdepartementet|status=former
Eva-Lena Norgren|ledamot|ledamot|Europeiska investeringsbanken|country=EU
Eva-Lena Norgren|särskild utredare|särskild utredare||status=former
"""),

# 023 (test)
dict(source="shared:regeringen-pressmeddelanden/2023/12/uppdrag-att-forhandla-fram-27-beredskapsflygplatser-for-2024.md", doc_date="2023-12",
ents="""
Sveriges|LOC|Sverige
Andreas Carlson|PER
Trafikverket|ORG
Kiruna|LOC
Lycksele|LOC
Skellefteå|LOC
Örnsköldsviks|LOC|Örnsköldsvik
Mora|LOC
Siljan|LOC
Borlänge|LOC
Karlstads|LOC|Karlstad
Örebro|LOC
Västerås|LOC
Skavsta|LOC
Trollhättan|LOC
Vänersborgs|LOC|Vänersborg
Linköping|LOC
Saab|ORG
Jönköpings|LOC|Jönköping
Växjö|LOC
Kronobergs|LOC|Kronoberg
Kalmar|LOC
Halmstad|LOC
Kristianstad|LOC
Österlens|LOC|Österlen
Gällivare|LOC
Luleå|LOC
Umeå|LOC
Sundsvall|LOC
Timrå|LOC
Åre|LOC
Östersund|LOC
Stockholm|LOC
Arlanda|LOC
Visby|LOC
Göteborg|LOC
Landvetter|LOC
Ronneby|LOC
Malmö|LOC
Sturup|LOC
Regeringskansliet|ORG
""",
dates="""
2024|2024|year
nästkommande år|2024|year
2024|2024|year
31 december 2024|2024-12-31|day
2023|2023|year
""",
roles="""
Andreas Carlson|infrastruktur- och bostadsminister|infrastruktur- och bostadsminister|
"""),

# 025 (test)
dict(source="shared:regeringen-pressmeddelanden/2024/09/ett-effektivare-och-mer-andamalsenligt-omstallningsstudiestod.md", doc_date="2024-09",
ents="""
regeringen|ORG|Regeringen
Lagrådet|ORG
regeringen|ORG|Regeringen
Regeringen|ORG
Mats Persson|PER
Regeringen|ORG
""",
dates="""
augusti|2024-08|month
1 januari 2025|2025-01-01|day
1 juli 2025|2025-07-01|day
""",
roles="""
Mats Persson|utbildningsminister|utbildningsminister|
"""),

# 029 (test)
dict(source="shared:regeringen-raw/regeringsuppdrag/2022/06/uppdrag-till-bevakningsansvariga-myndigheter-att-lamna-en-sammanfattande-redovisning-av-risk--och-sarbarhetsanalyser.md", doc_date="2022-06",
ents="""
Myndig\u00adheten för samhälls\u00adskydd och bered\u00adskap|ORG|Myndigheten för samhällsskydd och beredskap
MSB|ORG|Myndigheten för samhällsskydd och beredskap
Regerings\u00adkansliet|ORG|Regeringskansliet
MSB|ORG|Myndigheten för samhällsskydd och beredskap
""",
dates="""
utgången av oktober månad 2022|2022-10-31|day
""",
roles="""
"""),

# 047 (test)
dict(source="shared:regeringen-raw/remisser/2021/11/remiss-av-promemorian-producentansvar-for-bilar-respektive-dack--nya-regler-for-att-genomfora-eus-avfallsdirektiv.md", doc_date="2021-11",
ents="""
EU:s|ORG|Europeiska unionen
Miljödepartementet|ORG
EU:s|ORG|Europeiska unionen
Miljödepartementet|ORG
""",
dates="""
4 februari 2022|2022-02-04|day
""",
roles="""
"""),
]
