"""Annotator 3, first annotations (in-domain batch). Notation: see build_gold.py; rules: GUIDELINES.md."""

DOCS = [
# 002 test
dict(source="shared:regeringen-raw/remisser/2026/01/remiss-av-promemoriorna-enhetligare-ordningsregler-for-kollektivtrafiken-och-en-nationell-rapporteringsvag-for-kollektivtrafiken.md", doc_date="2026-01",
ents="""
regeringen|ORG|Regeringen
""",
dates="""
27 april 2026|2026-04-27|day
""",
roles="""
"""),

# 005 test
dict(source="shared:regeringen-pressmeddelanden/2018/09/charlotte-petri-gornitzka-blir-bitradande-chef-pa-unicef.md", doc_date="2018-09",
ents="""
Charlotte Petri Gornitzka|PER
Unicef|ORG|UNICEF
FN:s|ORG|Förenta nationerna
António Guterres|PER
Charlotte Petri Gornitzka|PER
Unicef|ORG|UNICEF
Unicefs|ORG|UNICEF
Charlotte Petri Gornitzka|PER
OECD:s|ORG|OECD
DAC|ORG
Petri Gornitzka|PER|Charlotte Petri Gornitzka
DAC|ORG
""",
dates="""
idag|2018-09|day
idag|2018-09|day
2016|2016|year
""",
roles="""
Charlotte Petri Gornitzka|biträdande chef|biträdande chef|UNICEF|status=incoming|country=UN
António Guterres|generalsekreterare|generalsekreterare|Förenta nationerna|country=UN
Charlotte Petri Gornitzka|assisterande generalsekreterare|assisterande generalsekreterare|UNICEF|status=incoming|country=UN
Charlotte Petri Gornitzka|biträdande exekutivdirektör|biträdande exekutivdirektör|UNICEF|status=incoming|country=UN
Charlotte Petri Gornitzka|ordförande|ordförande|DAC|implicit
"""),

# 009 test
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

# 011 test
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

# 013 test
dict(source="shared:regeringen-pressmeddelanden/2024/09/starkt-skydd-for-viss-personal-hos-lansstyrelserna.md", doc_date="2024-09",
ents="""
Regeringen|ORG
""",
dates="""
1 november 2024|2024-11-01|day
""",
roles="""
"""),

# 021 test
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

# 022 test
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

# 023 test
dict(source="shared:regeringen-pressmeddelanden/2024/02/ett-nytt-forbud-mot-spel-pa-kredit.md", doc_date="2024-02",
ents="""
Niklas Wykman|PER
Spelinspektionen|ORG
Spelinspektionen|ORG
""",
dates="""
idag|2024-02|day
1 september 2024|2024-09-01|day
1 april 2025|2025-04-01|day
""",
roles="""
Niklas Wykman|finansmarknadsminister|finansmarknadsminister|
"""),

# 026 test
dict(source="shared:regeringen-raw/regeringsuppdrag/2022/06/uppdrag-till-bevakningsansvariga-myndigheter-att-lamna-en-sammanfattande-redovisning-av-risk--och-sarbarhetsanalyser.md", doc_date="2022-06",
ents="""
Myndig\u00adheten för samhälls\u00adskydd och bered\u00adskap|ORG|Myndigheten för samhällsskydd och beredskap
MSB|ORG|Myndigheten för samhällsskydd och beredskap
Regerings\u00adkansliet|ORG|Regeringskansliet
MSB|ORG|Myndigheten för samhällsskydd och beredskap
""",
dates="""
oktober månad 2022|2022-10|month
""",
roles="""
"""),

# 043 test
dict(source="shared:regeringen-raw/remisser/2021/11/remiss-av-promemorian-producentansvar-for-bilar-respektive-dack--nya-regler-for-att-genomfora-eus-avfallsdirektiv.md", doc_date="2021-11",
ents="""
Miljödepartementet|ORG
Miljödepartementet|ORG
""",
dates="""
4 februari 2022|2022-02-04|day
""",
roles="""
"""),

# 065 test
dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2022/05/dir.-202243.md", doc_date="2022-05",
ents="""
""",
dates="""
29 september 2023|2023-09-29|day
""",
roles="""
"""),

# 070 test
dict(source="shared:regeringen-pressmeddelanden/2023/06/cancervarden-i-sverige-ska-ytterligare-utvecklas-och-forbattras.md", doc_date="2023-06",
ents="""
Sverige|LOC
Sverige|LOC
Sverige|LOC
Acko Ankarberg Johansson|PER
Myndigheten för vård- och omsorgsanalys|ORG
Sveriges|LOC|Sverige
Sverige|LOC
regeringen|ORG|Regeringen
Myndigheten för vård- och omsorgsanalys|ORG
Sverige|LOC
Regeringen|ORG
Tandvårds- och läkemedelsförmånsverket|ORG
TLV|ORG|Tandvårds- och läkemedelsförmånsverket
TLV|ORG|Tandvårds- och läkemedelsförmånsverket
Sverigedemokraterna|ORG
Moderaterna|ORG
Kristdemokraterna|ORG
Liberalerna|ORG
""",
dates="""
2009|2009|year
2009|2009|year
mars 2023|2023-03|month
i dag|2023-06|day
""",
roles="""
Acko Ankarberg Johansson|sjukvårdsminister|sjukvårdsminister|
"""),
]
