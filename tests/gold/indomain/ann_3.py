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

# 000 train
dict(source="shared:regeringen-pressmeddelanden/2023/03/nya-miljomalsberedningen-ar-utsedd.md", doc_date="2023-03",
ents="""
Miljömålsberedningen|ORG
Miljömålsberedningen|ORG
riksdagen|ORG|Riksdagen
Lars Tysklind|PER
Romina Pourmokhtari|PER
Miljömålsberedningens|ORG|Miljömålsberedningen
Sverige|LOC
EU|ORG|Europeiska unionen
EU:s|ORG|Europeiska unionen
Sveriges|LOC|Sverige
Sverige|LOC
miljömålsberedningen|ORG|Miljömålsberedningen
""",
dates="""
""",
roles="""
Lars Tysklind|ordförande|ordförande|Miljömålsberedningen|implicit
Romina Pourmokhtari|klimat- och miljöminister|klimat- och miljöminister|
"""),

# 001 train
dict(source="shared:regeringen-raw/informationsmaterial/2005/02/regeringskansliets-arsredovisning-for-ar-2004.md", doc_date="2005-02",
ents="""
Regeringskansliets|ORG|Regeringskansliet
Regeringskansliet|ORG
Regeringskansliet|ORG
Regeringskansliet|ORG
""",
dates="""
år 2004|2004|year
2004|2004|year
""",
roles="""
"""),

# 003 dev
dict(source="shared:regeringen-pressmeddelanden/2021/04/ny-ambassador-i-storbritannien1.md", doc_date="2021-04",
ents="""
Storbritannien|LOC
Mikaela Kumlin Granit|PER
Wien|LOC
IAEA:s|ORG|Internationella atomenergiorganet
Europeiska unionen|ORG
UD|ORG|Utrikesdepartementet
Europeiska rådet|ORG
Bryssel|LOC
Statsrådsberedningen|ORG
UD|ORG|Utrikesdepartementet
Washington|LOC
Harare|LOC
Mikaela Kumlin Granit|PER
""",
dates="""
idag|2021-04|day
hösten 2021|2021-FA|season
""",
roles="""
Mikaela Kumlin Granit|ambassadör|ambassadör||status=incoming
Mikaela Kumlin Granit|ordförande|ordförande|Internationella atomenergiorganet|status=former|country=UN
Mikaela Kumlin Granit|enhetschef|chef för enheten|Utrikesdepartementet|status=former
"""),

# 004 train
dict(source="shared:regeringen-raw/remisser/2016/07/remiss-sou-201640.md", doc_date="2016-07",
ents="""
Justitiedepartementet|ORG
Justitiedepartementet|ORG
""",
dates="""
5 oktober 2016|2016-10-05|day
""",
roles="""
"""),

# 006 dev
dict(source="shared:regeringen-raw/regeringsuppdrag/2015/06/uppdrag-till-polismyndigheten-att-sakerstalla-integritetsskyddet-i-myndighetens-personuppgiftsbehandling.md", doc_date="2015-06",
ents="""
Polismyndigheten|ORG
Regeringen|ORG
Polismyndigheten|ORG
Polismyndigheten|ORG
regeringen|ORG|Regeringen
Polismyndigheten|ORG
""",
dates="""
27 november 2015|2015-11-27|day
18 november 2016|2016-11-18|day
15 september 2017|2017-09-15|day
""",
roles="""
"""),

# 007 train
dict(source="shared:regeringen-pressmeddelanden/2025/10/starkt-skydd-for-hotade-personer.md", doc_date="2025-10",
ents="""
Sverige|LOC
Gunnar Strömmer|PER
regeringen|ORG|Regeringen
Torsten Elofsson|PER
Kristdemokraterna|ORG
Nina Larsson|PER
Brottsoffermyndigheten|ORG
Jämställdhetsmyndigheten|ORG
Sveriges Kommuner och Regioner|ORG
Polismyndigheten|ORG
""",
dates="""
I dag|2025-10|day
1 mars 2026|2026-03-01|day
""",
roles="""
Gunnar Strömmer|justitieminister|justitieminister|
Torsten Elofsson|rättspolitisk talesperson|rättspolitisk talesperson|Kristdemokraterna
Nina Larsson|jämställdhetsminister|jämställdhetsminister|
"""),

# 010 train
dict(source="shared:regeringen-pressmeddelanden/2018/05/ny-ambassador-i-singapore.md", doc_date="2018-05",
ents="""
Singapore|LOC
Regeringen|ORG
Niclas Kvarnström|PER
Singapore|LOC
Niclas Kvarnström|PER
Östeuropa|LOC
Centralasien|LOC
FN-representationen|ORG
New York|LOC
Peking|LOC
Niclas Kvarnström|PER
""",
dates="""
idag|2018-05|day
1 september i år|2018-09-01|day
""",
roles="""
Niclas Kvarnström|ambassadör|ambassadör||status=incoming
Niclas Kvarnström|departementsråd|departementsråd|
Niclas Kvarnström|biträdande enhetschef|biträdande chef vid enheten|
"""),

# 012 train
dict(source="shared:regeringen-pressmeddelanden/2016/05/ny-generalkonsul-i-shanghai.md", doc_date="2016-05",
ents="""
Shanghai|LOC
Regeringen|ORG
Lisette Lindahl|PER
Shanghai|LOC
Lisette Lindahl|PER
Peking|LOC
Sofia|LOC
Madrid|LOC
Ottawa|LOC
Köpenhamn|LOC
Washington|LOC
FN-representationen|ORG
New York|LOC
Lisette Lindahl|PER
""",
dates="""
idag|2016-05|day
september i år|2016-09|month
""",
roles="""
Lisette Lindahl|generalkonsul|generalkonsul||status=incoming
Lisette Lindahl|ambassadråd|ambassadrådet|
Lisette Lindahl|sektionschef|sektionschef|
"""),

# 014 train
dict(source="shared:regeringen-raw/faktapromemoria/2021/08/202021fpm-133.md", doc_date="2021-08",
ents="""
EUROPEAN PARLIAMENT|ORG|Europaparlamentet
COUNCIL|ORG|Europeiska unionens råd
Europeiska kommissionen|ORG
EU|ORG|Europeiska unionen
EU:s|ORG|Europeiska unionen
EU|ORG|Europeiska unionen
regeringen|ORG|Regeringen
EU|ORG|Europeiska unionen
EU|ORG|Europeiska unionen
""",
dates="""
""",
roles="""
"""),

# 015 train
dict(source="shared:regeringen-raw/regeringsuppdrag/2021/11/framstallning-om-forlangd-tid-for-uppdraget-att-utreda-tillstandskrav-for-vissa-ledningar-som-byggs-med-natkoncession-for-omrade.md", doc_date="2021-11",
ents="""
regeringens|ORG|Regeringen
Energimarknadsinspektionen|ORG
Regeringskansliet|ORG
Infrastrukturdepartementet|ORG
Regeringen|ORG
Energimarknads-inspektionen|ORG|Energimarknadsinspektionen
Regeringskansliet|ORG
Infrastrukturdepartementet|ORG
Energimarknadsinspektionen|ORG
Energimarknadsinspektionen|ORG
Naturvårdsverket|ORG
Energimarknadsinspektionen|ORG
Regeringen|ORG
Energimarknadsinspektionen|ORG
Regeringskansliet|ORG
Infrastrukturdepartementet|ORG
""",
dates="""
3 juni 2021|2021-06-03|day
1 februari 2022|2022-02-01|day
3 juni 2021|2021-06-03|day
1 december 2021|2021-12-01|day
19 november 2021|2021-11-19|day
1 februari 2022|2022-02-01|day
1 februari 2022|2022-02-01|day
""",
roles="""
"""),

# 016 train
dict(source="shared:regeringen-raw/debattartiklar/2022/12/nu-ska-barns-trygghet-ga-fore-foraldrars-ratt.md", doc_date="2022-12",
ents="""
Camilla Waltersson Grönvall|PER
Aftonbladet|ORG
Sverige|LOC
Esmeraldas|PER|Esmeralda
Esmeralda|PER
Esmeralda|PER
Esmeralda|PER
Sverige|LOC
Esmeraldas|PER|Esmeralda
riksdagen|ORG|Riksdagen
regeringen|ORG|Regeringen
riksdagens|ORG|Riksdagen
riksdagen|ORG|Riksdagen
regeringen|ORG|Regeringen
Regeringen|ORG
Camilla Waltersson Grönvall|PER
""",
dates="""
13 december 2022|2022-12-13|day
januari 2020|2020-01|month
nio dagar|P9D|duration
tre års|P3Y|duration
tre år|P3Y|duration
I dag|2022-12-13|day
ett år|P1Y|duration
""",
roles="""
Camilla Waltersson Grönvall|socialtjänstminister|Socialtjänstminister|
"""),

# 017 train
dict(source="shared:regeringen-raw/regeringsuppdrag/2022/07/andring-av-uppdraget-att-i-samarbete-med-regionerna-bista-i-arbetet-att-na-en-hogre-vaccinationstackning-mot-covid-19.md", doc_date="2022-07",
ents="""
Regeringen|ORG
Regeringskansliet|ORG
Socialdepartementet|ORG
""",
dates="""
31 december 2022|2022-12-31|day
31 augusti 2022|2022-08-31|day
""",
roles="""
"""),

# 018 train
dict(source="shared:regeringen-raw/regeringsuppdrag/2017/07/tidpunkt-for-slutredovisning-av-utvardering-av-steglos-avrakning-vid-sjukersattning.md", doc_date="2017-07",
ents="""
Regeringen|ORG
Inspektionen för socialförsäkringen|ORG
ISF|ORG|Inspektionen för socialförsäkringen
ISF|ORG|Inspektionen för socialförsäkringen
Socialdepartementet|ORG
Socialdepartementet|ORG
regeringen|ORG|Regeringen
""",
dates="""
25 maj 2018|2018-05-25|day
2017|2017|year
1 juni 2017|2017-06-01|day
""",
roles="""
"""),

# 019 train
dict(source="shared:regeringen-raw/rapporter/2017/04/manskliga-rattigheter-demokrati-och-rattsstatens-principer-i-sri-lanka.md", doc_date="2017-04",
ents="""
Sri Lanka|LOC
Sri Lanka|LOC
Sri Lanka|LOC
Sri Lanka|LOC
Mahinda Rajapaksa|PER
Maithripala Sirisena|PER
Sri Lanka|LOC
Sri Lanka|LOC
Sri Lanka|LOC
Sri Lankas|LOC|Sri Lanka
""",
dates="""
maj 2009|2009-05|month
januari 2015|2015-01|month
september 2015|2015-09|month
""",
roles="""
Mahinda Rajapaksa|president|tidigare presidenten||status=former|country=LK
"""),

# 020 train
dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2018/08/tillaggsdirektiv-till-oversiktsplaneutredningen.md", doc_date="2018-08",
ents="""
Översiktsplaneutredningen|ORG
Översiktsplaneutredningens|ORG|Översiktsplaneutredningen
""",
dates="""
31 januari|2019-01-31|day
2019|2019-01-31|day
""",
roles="""
"""),

# 025 train
dict(source="shared:regeringen-raw/regeringsuppdrag/2014/05/s20144159sf-.md", doc_date="2014-05",
ents="""
Regeringen|ORG
Pensionsmyndigheten|ORG
Socialdepartementet|ORG
""",
dates="""
i dag|2014-05|day
15 januari 2015|2015-01-15|day
""",
roles="""
"""),

# 027 train
dict(source="shared:regeringen-raw/informationsmaterial/2007/05/regeringskansliets-arsbok-2006.md", doc_date="2007-05",
ents="""
Regeringskansliets|ORG|Regeringskansliet
Regeringskansliet|ORG
Regeringskansliets|ORG|Regeringskansliet
Regeringskansliet|ORG
Statsrådsberedningen|ORG
Regeringskansliets|ORG|Regeringskansliet
Regeringskansliet|ORG
riksdagens|ORG|Riksdagen
""",
dates="""
2006|2006|year
årets|2006|year
2006|2006|year
""",
roles="""
"""),

# 028 train
dict(source="shared:regeringen-raw/remisser/2023/10/remiss-av-sou-202359-ny-myndighetsstruktur-for-finansiering-av-forskning-och-innovation-och-sou-202319-statlig-forskningsfinansiering-underlagsrapporter.md", doc_date="2023-10",
ents="""
regeringen|ORG|Regeringen
Utbildningsdepartementet|ORG
""",
dates="""
31 januari 2024|2024-01-31|day
""",
roles="""
"""),

# 029 train
dict(source="shared:regeringen-raw/debattartiklar/2024/04/sa-sakerstaller-vi-att-socialforsakringen-kan-betalas-ut-i-kristider.md", doc_date="2024-04",
ents="""
Anna Tenje|PER
Carl-Oskar Bohlin|PER
Altinget|ORG
Sverige|LOC
Försäkringskassan|ORG
Försäkringskassan|ORG
Sveriges|LOC|Sverige
Coop|ORG
Tietoevry|ORG
Försäkringskassan|ORG
Försäkringskassan|ORG
regeringen|ORG|Regeringen
Försäkringskassan|ORG
regeringens|ORG|Regeringen
""",
dates="""
25 april 2024|2024-04-25|day
2023|2023|year
i dag|2024-04-25|day
""",
roles="""
Anna Tenje|äldre- och socialförsäkringsminister|Äldre- och socialförsäkringsminister|
Carl-Oskar Bohlin|minister för civilt försvar|minister för civilt försvar|
"""),

# 030 train
dict(source="shared:regeringen-raw/faktapromemoria/2024/10/202425fpm2.md", doc_date="2024-10",
ents="""
Östersjön|LOC
Östersjön|LOC
Östersjön|LOC
Östersjön|LOC
Östersjön|LOC
Östersjön|LOC
Östersjön|LOC
Östersjön|LOC
Internationella havsforskningsrådets|ORG|Internationella havsforskningsrådet
ICES|ORG|Internationella havsforskningsrådet
""",
dates="""
2025|2025|year
2025|2025|year
26 augusti 2024|2024-08-26|day
2025|2025|year
2025|2025|year
""",
roles="""
"""),

# 031 train
dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2006/12/dir-2006125.md", doc_date="2006-12",
ents="""
""",
dates="""
28 februari 2007|2007-02-28|day
""",
roles="""
"""),

# 032 train
dict(source="shared:regeringen-pressmeddelanden/2025/10/carl-oskar-bohlin-talar-infor-natoambassadorerna-i-bryssel.md", doc_date="2025-10",
ents="""
Carl-Oskar Bohlin|PER
Bryssel|LOC
Carl-Oskar Bohlin|PER
Natos|ORG|Nato
Nordatlantiska rådet|ORG
North Atlantic Council|ORG|Nordatlantiska rådet
NAC|ORG|Nordatlantiska rådet
Bohlin|PER|Carl-Oskar Bohlin
Sveriges|LOC|Sverige
Natos|ORG|Nato
Bohlin|PER|Carl-Oskar Bohlin
Nick Catsaras|PER
Natos|ORG|Nato
Natorepresentationen|ORG
Sveriges|LOC|Sverige
Nato|ORG
Bryssel|LOC
Carl-Oskar Bohlin|PER
""",
dates="""
""",
roles="""
Carl-Oskar Bohlin|minister för civilt försvar|minister för civilt försvar|
Nick Catsaras|biträdande generalsekreterare|biträdande generalsekreterare|Nato
"""),

# 033 train
dict(source="shared:regeringen-pressmeddelanden/2023/03/en-samlad-och-tydligare-reglering-av-vma-systemet.md", doc_date="2023-03",
ents="""
Regeringen|ORG
""",
dates="""
1 januari 2024|2024-01-01|day
""",
roles="""
"""),

# 034 train
dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2009/06/dir.-200956.md", doc_date="2009-06",
ents="""
""",
dates="""
31 december 2010|2010-12-31|day
""",
roles="""
"""),
]
