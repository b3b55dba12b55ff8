"""In-domain batch, annotator 1: second annotations (agreement sample), from scratch. Notation: see build_gold.py."""

P = "shared:regeringen-pressmeddelanden/"
R = "shared:regeringen-raw/"

DOCS = [
dict(source=R + "rattsliga-dokument/kommittedirektiv/2013/12/dir.-2013127.md", doc_date="2013-12",
ents="""
Sveriges|LOC|Sverige
""",
dates="""
31 januari 2015|2015-01-31|day
""",
roles="""
"""),

dict(source=P + "2023/12/delrapportering-fran-arbetsgruppen-om-brottslighet-i-det-finansiella-systemet.md", doc_date="2023-12",
ents="""
Niklas Wykman|PER
Finansdepartementet|ORG
Justitiedepartementet|ORG
Financial Action Task Force|ORG
Fatf|ORG|Financial Action Task Force
Interpol|ORG
Singapore|LOC
Europol|ORG
Haag|LOC
Regeringen|ORG
Spelinspektionen|ORG
Spelinspektionen|ORG
Spelinspektionen|ORG
PTS|ORG|Post- och telestyrelsen
""",
dates="""
september 2023|2023-09|month
i dag|2023-12|day
31 maj 2024|2024-05-31|day
31 maj 2024|2024-05-31|day
september 2024|2024-09|month
""",
roles="""
Niklas Wykman|finansmarknadsminister|finansmarknadsminister|
"""),

dict(source=R + "remisser/2018/03/remiss-om-provning-enligt-7-kap.-29--miljobalken-avseende-bekampning-av-larver-av-oversvamningsmygg-i-nedre-dalalvens-oversvamningsvatmarker.md",
     doc_date="2018-03",
ents="""
Nedre Dalälvens|LOC|Nedre Dalälven
regeringen|ORG|Regeringen
Nedre Dalälvens|LOC|Nedre Dalälven
""",
dates="""
28 februari 2018|2018-02-28|day
""",
roles="""
"""),

dict(source=R + "rattsliga-dokument/kommittedirektiv/2008/05/dir.-200843.md", doc_date="2008-05",
ents="""
""",
dates="""
15 november 2008|2008-11-15|day
""",
roles="""
"""),

dict(source=P + "2025/06/lattnader-i-kraven-pa-forvaring-och-forrad-for-studentbostader-och-boenden-for-aldre.md",
     doc_date="2025-06",
ents="""
Andreas Carlson|PER
Boverket|ORG
Regeringskansliet|ORG
""",
dates="""
18 juni 2026|2026-06-18|day
""",
roles="""
Andreas Carlson|infrastruktur- och bostadsminister|infrastruktur- och bostadsminister|
"""),

dict(source=R + "regeringsuppdrag/2020/09/uppdrag-att-bevaka-arbetet-med-projektet-for-den-europeiska-molntjanstinfrastrukturen-gaia-x.md",
     doc_date="2020-09",
ents="""
Regeringen|ORG
Skatteverket|ORG
Skatteverket|ORG
""",
dates="""
""",
roles="""
"""),

dict(source=R + "regeringsuppdrag/2018/04/uppdrag-till-statliga-myndigheter-att-ta-emot-nyanlanda-arbetssokande-for-praktik-2019-och-2020-m.m.md",
     doc_date="2018-04",
ents="""
Regeringen|ORG
Arbetsförmedlingen|ORG
Arbetsförmedlingen|ORG
Arbetsförmedlingen|ORG
Arbetsförmedlingen|ORG
Arbetsgivarverket|ORG
""",
dates="""
2019|2019|year
2020|2020|year
1 januari 2019-den 31 december 2020|2019-01-01/2020-12-31|range
""",
roles="""
"""),

dict(source=R + "faktapromemoria/2020/09/201920fpm66.md", doc_date="2020-09",
ents="""
Regeringen|ORG
Regeringen|ORG
Regeringen|ORG
""",
dates="""
i dag|2020-09|day
""",
roles="""
"""),

dict(source=P + "2015/07/ny-ambassador-i-danmark.md", doc_date="2015-07",
ents="""
Danmark|LOC
Regeringen|ORG
Fredrik Jörgensen|PER
Köpenhamn|LOC
Fredrik Jörgensen|PER
Utrikesdepartementet|ORG
UD:s|ORG|Utrikesdepartementet
Bonn|LOC
Pretoria|LOC
Rom|LOC
riksdagens|ORG|Riksdagen
Frederik Jörgensen|PER|Fredrik Jörgensen
""",
dates="""
idag|2015-07|day
hösten 2015|2015-FA|season
""",
roles="""
Fredrik Jörgensen|ambassadör|ambassadör||status=incoming
Fredrik Jörgensen|expeditionschef|expeditionschef|Utrikesdepartementet
Fredrik Jörgensen|enhetschef|chef|Utrikesdepartementet|status=former
"""),
]
