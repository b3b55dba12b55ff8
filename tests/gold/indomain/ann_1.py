"""In-domain batch, annotator 1: first annotations (gold). Notation: see build_gold.py; rules: GUIDELINES.md."""

P = "shared:regeringen-pressmeddelanden/"
R = "shared:regeringen-raw/"

DOCS = [
# ---------------------------------------------------------------- TEST (first annotation, from scratch)
dict(source=P + "2024/11/sverige-soker-eu-stod-till-uppsagda-pa-northvolt.md", doc_date="2024-11",
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

dict(source=P + "2024/06/johan-floderus-och-saeed-azizi-har-kommit-hem-till-sverige.md", doc_date="2024-06",
ents="""
Johan Floderus|PER
Saeed Azizi|PER
Sverige|LOC
Johan Floderus|PER
Saeed Azizi|PER
Ulf Kristersson|PER
Johan Floderus|PER
Saeed Azizi|PER
Regeringen|ORG
Tobias Billström|PER
Iran|LOC
regeringen|ORG|Regeringen
Gunnar Strömmer|PER
""",
dates="""
april 2022|2022-04|month
november 2023|2023-11|month
idag|2024-06|day
""",
roles="""
Ulf Kristersson|statsminister|statsminister|
Tobias Billström|utrikesminister|utrikesminister|
Gunnar Strömmer|justitieminister|justitieminister|
"""),

dict(source=R + "artiklar/2026/01/utrikesminister-maria-malmer-stenergard-stod-vard-for-ett-mote-med-danmarks-utrikesminister-lars-lokke-rasmussen.md",
     doc_date="2026-01",
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
Maria Malmer Stenergard|utrikesminister|utrikesminister|
Lars Løkke Rasmussen|utrikesminister|utrikesminister||country=DK
"""),

dict(source=P + "2018/08/lararhandledning-for-gymnasieskolan-avseende-rapporter-om-manskliga-rattigheter-demokrati-och-rattsstatens-principer.md",
     doc_date="2018-08",
ents="""
Utrikesdepartementets|ORG|Utrikesdepartementet
""",
dates="""
""",
roles="""
"""),

dict(source=P + "2023/04/regeringen-har-overlamnat-en-skrivelse-som-behandlar-riksrevisionens-rapport-om-de-statliga-servicekontoren.md",
     doc_date="2023-04",
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

dict(source=P + "2025/09/presentation-av-budgetpropositionen-for-2026.md", doc_date="2025-09",
ents="""
Elisabeth Svantesson|PER
Elisabeth Svantesson|PER
Finansdepartementet|ORG
riksdagen|ORG|Riksdagen
""",
dates="""
2026|2026|year
""",
roles="""
"""),

dict(source=R + "rattsliga-dokument/kommittedirektiv/2023/05/dir.-202362.md", doc_date="2023-05",
ents="""
Sverige|LOC
""",
dates="""
2 december 2024|2024-12-02|day
""",
roles="""
"""),

dict(source=R + "rattsliga-dokument/kommittedirektiv/2024/06/dir.-202457.md", doc_date="2024-06",
ents="""
regeringen|ORG|Regeringen
Sverige|LOC
""",
dates="""
""",
roles="""
"""),

dict(source=R + "regeringsuppdrag/2011/12/u20116861uh.md", doc_date="2011-12",
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

dict(source=P + "2021/09/ud-lyfter-den-pandemirelaterade-reseavradan.md", doc_date="2021-09",
ents="""
UD|ORG|Utrikesdepartementet
Ann Linde|PER
UD|ORG|Utrikesdepartementet
Sverige|LOC
Ann Linde|PER
Folkhälsomyndigheten|ORG
Sverige|LOC
UD|ORG|Utrikesdepartementet
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

dict(source=P + "2019/01/halltider-for-regeringsskiftet.md", doc_date="2019-01",
ents="""
Kungl. Hovstaterna|ORG|Kungliga hovstaterna
Sveriges riksdag|ORG|Riksdagen
Regeringskansliet|ORG
regeringen|ORG|Regeringen
Riksdagens|ORG|Riksdagen
Nina Kefi|PER
Statsrådsberedningen|ORG
riksdagens|ORG|Riksdagen
riksdagens|ORG|Riksdagen
regeringen|ORG|Regeringen
riksdagen|ORG|Riksdagen
Riksdagens|ORG|Riksdagen
Nina Kefi|PER
Statsrådsberedningen|ORG
riksdagens|ORG|Riksdagen
riksdagens|ORG|Riksdagen
regeringen|ORG|Regeringen
Kungl. Hovstaternas|ORG|Kungliga hovstaterna
Nina Kefi|PER
Statsrådsberedningen|ORG
Regeringskansliet|ORG
regeringen|ORG|Regeringen
Regeringskansliet|ORG
Nina Kefi|PER
Statsrådsberedningen|ORG
""",
dates="""
Måndagen den 21 januari|2019-01-21|day
måndag|2019-01-21|day
""",
roles="""
"""),

dict(source=P + "2022/11/ansokningsavgiften-for-nationellt-id-kort-atergar-till-400-kronor.md", doc_date="2022-11",
ents="""
EU|ORG|Europeiska unionen
Schengen|LOC
Polis\xadmyndig\xadheten|ORG|Polismyndigheten
Polis\xadmyndig\xadheten|ORG|Polismyndigheten
Regeringen|ORG
""",
dates="""
maj tidigare i år|2022-05|month
års\xadskiftet|2023-01-01|day
1 januari 2023|2023-01-01|day
""",
roles="""
"""),

# ---------------------------------------------------------------- TRAIN / DEV (pre-annotation checked and corrected)
dict(source="shared:regeringen-pressmeddelanden/2024/01/betankande-om-en-modernisering-av-inskrankningarna-i-upphovsratten-overlamnat-till-regeringen.md", doc_date="2024-01",
ents="""
regeringen|ORG|Regeringen
Regeringskansliet|ORG
""",
dates="""
dagens|2024-01|day
1 september 2025|2025-09-01|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/07/andrad-instruktion-for-energimarknadsinspektionen.md", doc_date="2025-07",
ents="""
Energimarknadsinspektionen|ORG
Energimarknadsinspektionens|ORG|Energimarknadsinspektionen
regeringen|ORG|Regeringen
Energimarknadsinspektionen|ORG
Ebba Busch|PER
regeringen|ORG|Regeringen
Energimarknadsinspektionen|ORG
Energimarknadsinspektionens|ORG|Energimarknadsinspektionen
""",
dates="""
juni 2023|2023-06|month
mars 2024|2024-03|month
""",
roles="""
Ebba Busch|energi- och näringsminister|energi- och näringsminister|
"""),

dict(source="shared:regeringen-raw/rapporter/2016/09/konsfordelningen-i-statliga-myndigheters-styrelser-och-insynsrad-m.m.md", doc_date="2016-09",
ents="""
regeringen|ORG|Regeringen
""",
dates="""
1988|1988|year
År 1988|1988|year
1998|1998|year
Årets|2016|year
31 december 2015|2015-12-31|day
31 december 2015|2015-12-31|day
""",
roles="""
"""),
]
