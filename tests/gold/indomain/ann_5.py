"""In-domain batch, annotator 5: first annotations (see GUIDELINES.md, "The in-domain batch")."""

DOCS = [
# ---------------- TEST (first annotation, from scratch) ----------------
dict(source="shared:regeringen-raw/regeringsuppdrag/2009/04/u20092064uh.md", doc_date="2009-04",
ents="""
Högskoleverket|ORG
Regeringen|ORG
Högskoleverket|ORG
regeringens|ORG|Regeringen
Högskoleverket|ORG
Högskoleverket|ORG
Högskoleverket|ORG
Högskoleverkets|ORG|Högskoleverket
Högskoleverket|ORG
Regeringskansliet|ORG
Utbildningsdepartementet|ORG
""",
dates="""
1 maj 2009|2009-05-01|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2013/12/dir.-2013127.md", doc_date="2013-12",
ents="""
Sveriges|LOC|Sverige
""",
dates="""
31 januari 2015|2015-01-31|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2023/12/delrapportering-fran-arbetsgruppen-om-brottslighet-i-det-finansiella-systemet.md", doc_date="2023-12",
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

dict(source="shared:regeringen-raw/remisser/2018/03/remiss-om-provning-enligt-7-kap.-29--miljobalken-avseende-bekampning-av-larver-av-oversvamningsmygg-i-nedre-dalalvens-oversvamningsvatmarker.md", doc_date="2018-03",
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

dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2008/05/dir.-200843.md", doc_date="2008-05",
ents="""
""",
dates="""
15 november 2008|2008-11-15|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2011/07/dir.-201168.md", doc_date="2011-07",
ents="""
Statens skolverk|ORG
Skolinspektionen|ORG|Statens skolinspektion
Statens skolinspektion|ORG
Skolinspektionen|ORG|Statens skolinspektion
Skolinspektionen|ORG|Statens skolinspektion
Skolinspektionen|ORG|Statens skolinspektion
""",
dates="""
1 november 2012|2012-11-01|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/06/lattnader-i-kraven-pa-forvaring-och-forrad-for-studentbostader-och-boenden-for-aldre.md", doc_date="2025-06",
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

dict(source="shared:regeringen-raw/regeringsuppdrag/2020/09/uppdrag-att-bevaka-arbetet-med-projektet-for-den-europeiska-molntjanstinfrastrukturen-gaia-x.md", doc_date="2020-09",
ents="""
Regeringen|ORG
Skatteverket|ORG
Skatteverket|ORG
""",
dates="""
""",
roles="""
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2018/04/uppdrag-till-statliga-myndigheter-att-ta-emot-nyanlanda-arbetssokande-for-praktik-2019-och-2020-m.m.md", doc_date="2018-04",
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

dict(source="shared:regeringen-raw/faktapromemoria/2020/09/201920fpm66.md", doc_date="2020-09",
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

dict(source="shared:regeringen-pressmeddelanden/2022/10/forslag-om-tillfalligt-sankt-drivmedelsskatt-samt-slopad-koldioxidskatt-for-kraftvarmeverk.md", doc_date="2022-10",
ents="""
Rysslands|LOC|Ryssland
Ukraina|LOC
EU:s|ORG|Europeiska unionen
Sverige|LOC
Sverigedemokraterna|ORG
Moderaterna|ORG
Kristdemokraterna|ORG
Liberalerna|ORG
""",
dates="""
tre år|P3Y|duration
1\xa0januari 2023|2023-01-01|day
vinter|2022-WI|season
1 januari 2023|2023-01-01|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2023/10/klimat--och-miljoministern-besoker-grebbestad-och-kosterhavet.md", doc_date="2023-10",
ents="""
Grebbestad|LOC
Kosterhavet|LOC
Romina Pourmokhtari|PER
Lotta Klemming|PER
Grebbestad|LOC
Kosterhavets nationalpark|LOC
regeringens|ORG|Regeringen
Kosterhavet|LOC
Sveriges|LOC|Sverige
Kosterhavet|LOC
Sverige|LOC
Sverige|LOC
Romina Pourmokhtari|PER
regeringen|ORG|Regeringen
""",
dates="""
tisdagen|2023-10|day
onsdagen|2023-10|day
""",
roles="""
Romina Pourmokhtari|klimat- och miljöminister|klimat- och miljöminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2015/07/ny-ambassador-i-danmark.md", doc_date="2015-07",
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
Fredrik Jörgensen|enhetschef|chef för UD:s enhet för konsulära och civilrättsliga ärenden|Utrikesdepartementet|status=former
"""),

]
