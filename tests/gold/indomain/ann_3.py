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

# 035 train
dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2021/05/dir.-202131.md", doc_date="2021-05",
ents="""
EU:s|ORG|Europeiska unionen
""",
dates="""
12 maj 2022|2022-05-12|day
""",
roles="""
"""),

# 036 dev
dict(source="shared:regeringen-raw/rapporter/2025/02/statens-agarpolicy-2025.md", doc_date="2025-02",
ents="""
Regeringen|ORG
Regeringen|ORG
riksdagen|ORG|Riksdagen
regeringen|ORG|Regeringen
""",
dates="""
2025|2025|year
20 februari 2025|2025-02-20|day
27 februari 2020|2020-02-27|day
""",
roles="""
"""),

# 037 train
dict(source="shared:regeringen-pressmeddelanden/2026/01/regeringen-starker-arbetet-for-interoperabilitet-inom-halsodataomradet.md", doc_date="2026-01",
ents="""
Regeringen|ORG
Jakob Forssmed|PER
Regeringen|ORG
Regeringen|ORG
Socialstyrelsen|ORG
E-hälsomyndigheten|ORG
E-hälsomyndigheten|ORG
regeringens|ORG|Regeringen
Sveriges|LOC|Sverige
""",
dates="""
""",
roles="""
Jakob Forssmed|socialminister|socialminister|
"""),

# 038 train
dict(source="shared:regeringen-pressmeddelanden/2022/12/regeringen-satsar-fortsatt-pa-samordning-av-naringslivets-hallbara-omstallning-i-norra-sverige.md", doc_date="2022-12",
ents="""
Regeringen|ORG
Sverige|LOC
Sverige|LOC
regeringen|ORG|Regeringen
Ebba Busch|PER
Sverige|LOC
Peter Kullgren|PER
Norrbotten|LOC
Västerbotten|LOC
Sverige|LOC
Peter Larssons|PER|Peter Larsson
Regeringen|ORG
""",
dates="""
30 november 2022|2022-11-30|day
""",
roles="""
Ebba Busch|energi- och näringsminister|energi- och näringsminister|
Peter Kullgren|landsbygdsminister|landsbygdsminister|
Peter Larsson|samordnare|Samordnarens||implicit
"""),

# 039 dev
dict(source="shared:regeringen-pressmeddelanden/2016/05/fredrik-schalin-har-utsetts-till-domare-i-europeiska-unionens-tribunal.md", doc_date="2016-05",
ents="""
Fredrik Schalin|PER
Europeiska unionens tribunal|ORG
EU:s|ORG|Europeiska unionen
Fredrik Schalin|PER
Europeiska unionens tribunal|ORG
Regeringen|ORG
Fredrik Schalin|PER
Schalin|PER|Fredrik Schalin
Fredrik Schalin|PER
Södertörns tingsrätt|ORG
Advokatfirman Öberg & Associés AB|ORG
Hans Ragnemalms|PER|Hans Ragnemalm
Stig von Bahrs|PER|Stig von Bahr
EG-domstolen|ORG|Europeiska unionens domstol
Fredrik Schalin|PER
Utrikesdepartementet|ORG
Finansdepartementet|ORG
""",
dates="""
idag|2016-05|day
10 mars 2016|2016-03-10|day
idag|2016-05|day
2009|2009|year
Åren 1999 – 2006|1999/2006|range
""",
roles="""
Fredrik Schalin|domare|domare|Europeiska unionens tribunal|status=incoming|country=EU
Fredrik Schalin|rådman|rådmannen|Södertörns tingsrätt
Fredrik Schalin|rättssekreterare|rättssekreterare|Europeiska unionens domstol|status=former|country=EU
Hans Ragnemalm|domare|f.d. svenska domarna|Europeiska unionens domstol|status=former|country=EU
Stig von Bahr|domare|f.d. svenska domarna|Europeiska unionens domstol|status=former|country=EU
Fredrik Schalin|rättssakkunnig|rättssakkunnig|Utrikesdepartementet|status=former
Fredrik Schalin|biträdande utredningssekreterare|biträdande utredningssekreterare|Finansdepartementet|status=former
"""),

# 040 train
dict(source="shared:regeringen-pressmeddelanden/2020/09/ud-haver-avradan-fran-resor-till-cypern.md", doc_date="2020-09",
ents="""
UD|ORG|Utrikesdepartementet
Cypern|LOC
Sverige|LOC
Sverige|LOC
Cyperns|LOC|Cypern
UD|ORG|Utrikesdepartementet
Europa|LOC
Sverige|LOC
~UD
UD|ORG|Utrikesdepartementet
Cypern|LOC
UD|ORG|Utrikesdepartementet
Andorra|LOC
Belgien|LOC
Bulgarien|LOC
Danmark|LOC
Frankrike|LOC
Grekland|LOC
Island|LOC
Italien|LOC
Kroatien|LOC
Liechtenstein|LOC
Luxemburg|LOC
Monaco|LOC
Nederländerna|LOC
Norge|LOC
Polen|LOC
Portugal|LOC
Rumänien|LOC
San Marino|LOC
Schweiz|LOC
Spanien|LOC
Tjeckien|LOC
Tyskland|LOC
Ungern|LOC
Vatikanstaten|LOC
Österrike|LOC
EU|ORG|Europeiska unionen
EES|LOC|Europeiska ekonomiska samarbetsområdet
Europeiska ekonomiska samarbetsområdet|LOC
Schengenområdet|LOC
Storbritannien|LOC
UD|ORG|Utrikesdepartementet
EU|ORG|Europeiska unionen
EES|LOC|Europeiska ekonomiska samarbetsområdet
Schengenområdet|LOC
Storbritannien|LOC
Estland|LOC
Finland|LOC
Irland|LOC
Lettland|LOC
Litauen|LOC
Malta|LOC
Slovakien|LOC
Slovenien|LOC
""",
dates="""
Dagens|2020-09|day
14 mars 2020|2020-03-14|day
10 september 2020|2020-09-10|day
23 september 2020|2020-09-23|day
15 november 2020|2020-11-15|day
""",
roles="""
"""),

# 041 train
dict(source="shared:regeringen-pressmeddelanden/2025/11/ett-stallforetradarskap-att-lita-pa--reform-for-okad-trygghet-och-sjalvbestammande.md", doc_date="2025-11",
ents="""
Sverige|LOC
Regeringens|ORG|Regeringen
Regeringen|ORG
Myndigheten för familjerätt och föräldraskapsstöd|ORG
MFoF|ORG|Myndigheten för familjerätt och föräldraskapsstöd
""",
dates="""
2024|2024|year
1 juli 2026|2026-07-01|day
1 januari 2028|2028-01-01|day
""",
roles="""
"""),

# 042 dev
dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2017/04/dir.-201744.md", doc_date="2017-04",
ents="""
""",
dates="""
30 november 2018|2018-11-30|day
""",
roles="""
"""),

# 044 train
dict(source="shared:regeringen-raw/remisser/2022/01/remiss-av-promemorian-upphavande-av-covid-19-lagen-och-lagen-om-tillfalliga-smittskyddsatgarder-pa-serveringsstallen.md", doc_date="2022-01",
ents="""
Socialdepartementet|ORG
""",
dates="""
10 februari 2022|2022-02-10|day
""",
roles="""
"""),

# 045 train
dict(source="shared:regeringen-raw/remisser/2016/12/remiss-av-skatteverkets-promemoria-tredjemansforelaggande-for-kontroll-av-vissa-beslut-om-punktskatt.md", doc_date="2016-12",
ents="""
Skatteverkets|ORG|Skatteverket
regeringen|ORG|Regeringen
Skatteverkets|ORG|Skatteverket
Skatteverket|ORG
Finansdepartementet|ORG
""",
dates="""
1 juli 2017|2017-07-01|day
måndagen den 20 februari 2017|2017-02-20|day
""",
roles="""
"""),

# 046 train
dict(source="shared:regeringen-raw/regeringsuppdrag/2020/05/uppdrag-till-msb-att-inratta-och-ansvara-for-ett-nationellt-forum-for-sprangamnessakerhet.md", doc_date="2020-05",
ents="""
MSB|ORG|Myndigheten för samhällsskydd och beredskap
Regeringen|ORG
Myndigheten för samhällsskydd och beredskap|ORG
MSB|ORG|Myndigheten för samhällsskydd och beredskap
MSB|ORG|Myndigheten för samhällsskydd och beredskap
Försvarsmakten|ORG
Försvarets materielverk|ORG
Jordbruksverket|ORG
Kustbevakningen|ORG
Polismyndigheten|ORG
Säkerhetspolisen|ORG
Totalförsvarets forskningsinstitut|ORG
Trafikverket|ORG
Transportstyrelsen|ORG
Tullverket|ORG
MSB|ORG|Myndigheten för samhällsskydd och beredskap
Sveriges Kommuner och Regioner|ORG
Regeringskansliet|ORG
Justitiedepartementet|ORG
""",
dates="""
""",
roles="""
"""),

# 047 train
dict(source="shared:regeringen-raw/uttalanden/2024/01/uttalande-fran-utrikesdepartementet-med-anledning-av-uppkallande-av-irans-charge-daffaires.md", doc_date="2024-01",
ents="""
Utrikesdepartementet|ORG
Irans|LOC|Iran
Utrikesdepartementet|ORG
Irans|LOC|Iran
Sveriges|LOC|Sverige
Iran|LOC
Utrikesdepartementet|ORG
Irans|LOC|Iran
Erbil|LOC
Irak|LOC
Regeringen|ORG
UD|ORG|Utrikesdepartementet
Regeringen|ORG
Iran|LOC
Regeringen|ORG
Iran|LOC
Utrikesdepartementet|ORG
UD|ORG|Utrikesdepartementet
Iran|LOC
""",
dates="""
i dag|2024-01|day
15 januari|2024-01-15|day
förra året|2023|year
förra veckan|2024-01|week
""",
roles="""
"""),

# 048 train
dict(source="shared:regeringen-raw/rapporter/2002/11/riktlinjer-for-statsskuldens-forvaltning-2003.md", doc_date="2002-11",
ents="""
Regeringens|ORG|Regeringen
""",
dates="""
2003|2003|year
Årets|2002|year
2003-2005|2003/2005|range
2004|2004|year
2005|2005|year
""",
roles="""
"""),

# 049 train
dict(source="shared:regeringen-pressmeddelanden/2024/11/fler-barn-ska-fa-ratt-till-assistans--foraldraavdraget-halveras.md", doc_date="2024-11",
ents="""
Försäkringskassan|ORG
regeringen|ORG|Regeringen
regeringen|ORG|Regeringen
Camilla Waltersson Grönvall|PER
""",
dates="""
1 januari 2025|2025-01-01|day
""",
roles="""
Camilla Waltersson Grönvall|socialtjänstminister|socialtjänstminister|
"""),

# 050 train
dict(source="shared:regeringen-pressmeddelanden/2021/07/nya-ambassadorer-till-sverige.md", doc_date="2021-07",
ents="""
Sverige|LOC
Utrikesdepartementets|ORG|Utrikesdepartementet
Sveriges|LOC|Sverige
Sverige|LOC
Maria Lumen B. Isleta|PER
Filippinerna|LOC
Bukar Buni Hamman|PER
Nigeria|LOC
Zaur Rashid oglu Ahmadov|PER
Azerbajdzjan|LOC
""",
dates="""
torsdagen den 1 juli 2021|2021-07-01|day
""",
roles="""
Maria Lumen B. Isleta|ambassadör|ambassadörer||implicit|country=PH
Bukar Buni Hamman|ambassadör|ambassadörer||implicit|country=NG
Zaur Rashid oglu Ahmadov|ambassadör|ambassadörer||implicit|country=AZ
"""),

# 051 train
dict(source="shared:regeringen-raw/artiklar/2017/09/seminarium-om-desinformation-pa-eu-representationen.md", doc_date="2017-09",
ents="""
EU-representationen|ORG|Sveriges ständiga representation vid Europeiska unionen
EU-representationen|ORG|Sveriges ständiga representation vid Europeiska unionen
Myndigheten för samhällsskydd och beredskap|ORG
Statens medieråd|ORG
East StratCom Taskforce|ORG
Sverige|LOC
Mikael Tofvesson|PER
Myndigheten för samhällsskydd och beredskap|ORG
MSB|ORG|Myndigheten för samhällsskydd och beredskap
MSB|ORG|Myndigheten för samhällsskydd och beredskap
Statens medieråd|ORG
Ewa\u00a0Thorslund|PER|Ewa Thorslund
Statens medieråd|ORG
Ida Eklund|PER
East StratCom Taskforce|ORG
EU:s|ORG|Europeiska unionen
EEAS|ORG|Europeiska utrikestjänsten
Statens medieråd|ORG
MSB|ORG|Myndigheten för samhällsskydd och beredskap
East StratCom Taskforce|ORG
""",
dates="""
19 september|2017-09-19|day
2018|2018|year
""",
roles="""
Mikael Tofvesson|sektionschef|Sektionschef|Myndigheten för samhällsskydd och beredskap
Ewa Thorslund|direktör|direktör|Statens medieråd
"""),

# 052 train
dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2020/02/dir.-202019.md", doc_date="2020-02",
ents="""
Sverige|LOC
Sverige|LOC
Sverige|LOC
Sverige|LOC
Sverige|LOC
""",
dates="""
21 juni 2021|2021-06-21|day
""",
roles="""
"""),

# 053 train
dict(source="shared:regeringen-pressmeddelanden/2024/01/avskaffat-krav-pa-bevarande-av-pappersmaterial-med-rakenskapsinformation.md", doc_date="2024-01",
ents="""
Gunnar Strömmer|PER
regeringen|ORG|Regeringen
Regeringen|ORG
Ebba Busch|PER
Sverige|LOC
Regeringen|ORG
""",
dates="""
tre år|P3Y|duration
1 juli 2024|2024-07-01|day
""",
roles="""
Gunnar Strömmer|justitieminister|justitieminister|
Ebba Busch|energi- och näringsminister|energi- och näringsminister|
"""),

# 054 train
dict(source="shared:regeringen-pressmeddelanden/2023/12/ny-ambassador-i-irland.md", doc_date="2023-12",
ents="""
Irland|LOC
Lina van der Weyden|PER
Statsrådsberedningen|ORG
SB|ORG|Statsrådsberedningen
Europeiska utrikestjänsten|ORG
EEAS|ORG|Europeiska utrikestjänsten
Bryssel|LOC
EU-delegationen|ORG
OECD|ORG
UNESCO|ORG
Paris|LOC
Utrikesdepartementet|ORG
UD|ORG|Utrikesdepartementet
Brasilia|LOC
Genève|LOC
OECD-delegationen|ORG
Paris|LOC
Los Angeles|LOC
Lina van der Weyden|PER
""",
dates="""
i dag|2023-12|day
januari 2024|2024-01|month
""",
roles="""
Lina van der Weyden|ambassadör|Ny ambassadör||status=incoming
Lina van der Weyden|sektionschef|sektionschef|Europeiska utrikestjänsten|status=former|country=EU
Lina van der Weyden|biträdande myndighetschef|biträdande myndighetschef|EU-delegationen|status=former|country=EU
Lina van der Weyden|kanslichef|tillförordnad chef|Utrikesdepartementet|status=former
Lina van der Weyden|enhetschef|tillförordnad chef|Utrikesdepartementet|status=former
"""),

# 055 train
dict(source="shared:regeringen-raw/rapporter/2022/09/rapport-for-bolag-med-statligt-agande-januarijuni-2022.md", doc_date="2022-09",
ents="""
Vattenfall|ORG
LKAB|ORG
""",
dates="""
januari–juni 2022|2022-01/2022-06|range
""",
roles="""
"""),

# 056 train
dict(source="shared:regeringen-raw/faktapromemoria/2013/08/201213fpm149.md", doc_date="2013-08",
ents="""
Europaparlamentets|ORG|Europaparlamentet
Regeringen|ORG
regeringen|ORG|Regeringen
Regeringen|ORG
""",
dates="""
år 1990|1990|year
""",
roles="""
"""),

# 057 train
dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2004/07/dir.-2004107.md", doc_date="2004-07",
ents="""
LSS-kommittén|ORG
""",
dates="""
31 augusti 2005|2005-08-31|day
31 december 2006|2006-12-31|day
""",
roles="""
"""),

# 058 train
dict(source="shared:regeringen-pressmeddelanden/2024/08/romina-pourmokhtari-besoker-gotland---fokus-pa-koldioxidinfangning-och-planeringen-av-en-ny-nationalpark.md", doc_date="2024-08",
ents="""
Romina Pourmokhtari|PER
Gotland|LOC
Heidelberg Materials|ORG
Slite|LOC
Bästeträsk|LOC
Gotland|LOC
""",
dates="""
morgondagens|2024-08|day
""",
roles="""
Romina Pourmokhtari|klimat- och miljöminister|klimat- och miljöministern||implicit
"""),

# 059 train
dict(source="shared:regeringen-raw/remisser/2017/12/remiss-ds-201764-mindre-eller-obetydliga-fel-gallande-villkoren-for-arbetstillstand.md", doc_date="2017-12",
ents="""
regeringen|ORG|Regeringen
Justitiedepartementet|ORG
""",
dates="""
20 februari 2018|2018-02-20|day
""",
roles="""
"""),

# 060 train
dict(source="shared:regeringen-raw/rapporter/2021/06/manskliga-rattigheter-demokrati-och-rattsstatens-principer-i-schweiz.md", doc_date="2021-06",
ents="""
Schweiz|LOC
Schweiz|LOC
Schweiz|LOC
Schweiz|LOC
Schweiz|LOC
FN|ORG|Förenta nationerna
Amnesty International|ORG
""",
dates="""
2019|2019|year
2007|2007|year
2020|2020|year
2020|2020|year
våren 2020|2020-SP|season
hösten|2020-FA|season
""",
roles="""
"""),

# 061 train
dict(source="shared:regeringen-pressmeddelanden/2022/11/tre-ministrar-till-radsmote-i-bryssel-om-utbildning-kultur-idrott-och-ungdomsfragor.md", doc_date="2022-11",
ents="""
Bryssel|LOC
Lotta Edholm|PER
~EU
EU|ORG|Europeiska unionen
Jakob Forssmed|PER
EU:s|ORG|Europeiska unionen
EU|ORG|Europeiska unionen
""",
dates="""
2023–2026|2023/2026|range
""",
roles="""
Lotta Edholm|skolminister|Skolminister|
Jakob Forssmed|socialminister|Socialminister|
"""),

# 062 train
dict(source="shared:regeringen-raw/regeringsuppdrag/2025/03/uppdrag-till-socialstyrelsen-att-stodja-tillampningen-av-reformen-om-skyddat-boende.md", doc_date="2025-03",
ents="""
Socialstyrelsen|ORG
Regeringen|ORG
Socialstyrelsen|ORG
Socialstyrelsen|ORG
Statskontoret|ORG
Linköpings universitet|ORG
Jämställdhetsmyndigheten|ORG
Inspektionen för vård och omsorg|ORG
IVO|ORG|Inspektionen för vård och omsorg
Sveriges Kommuner och Regioner|ORG
Regeringskansliet|ORG
Socialstyrelsen|ORG
""",
dates="""
1 april 2024|2024-04-01|day
18 maj 2026|2026-05-18|day
15 oktober 2027|2027-10-15|day
28 februari 2028|2028-02-28|day
""",
roles="""
"""),

# 063 train
dict(source="shared:regeringen-raw/artiklar/2023/03/barns-basta-i-fokus-nar-socialtjanstministern-tog-del-av-erfarenheter-fran-socialtjansterna-i-goteborg-och-linkoping.md", doc_date="2023-03",
ents="""
Göteborg|LOC
Linköping|LOC
Camilla Waltersson Grönvall|PER
Göteborg|LOC
Linköping|LOC
Regeringen|ORG
Göteborg|LOC
Linköping|LOC
Camilla Waltersson Grönvall|PER
Göteborg|LOC
Linköping|LOC
Sofia Lindholm Åström|PER
Linköpings kommun|ORG
Anders Pero|PER
Göteborgs stad|ORG
Regeringskansliet|ORG
""",
dates="""
Idag|2023-03-22|day
onsdagen den 22 mars|2023-03-22|day
Dagens|2023-03-22|day
Dagens|2023-03-22|day
""",
roles="""
Camilla Waltersson Grönvall|socialtjänstminister|socialtjänstminister|
Sofia Lindholm Åström|avdelningschef|avdelningschef|Linköpings kommun
"""),

# 064 train
dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2010/01/dir.-2009124.md", doc_date="2010-01",
ents="""
CSN:s|ORG|Centrala studiestödsnämnden
""",
dates="""
i dag|2010-01|day
30 november 2010|2010-11-30|day
17 maj 2010|2010-05-17|day
""",
roles="""
"""),

# 066 train
dict(source="shared:regeringen-raw/uttalanden/2018/04/2018-joint-statement-by-neutral-nations-supervisory-commission-member-states.md", doc_date="2018-04",
ents="""
Neutral Nations Supervisory Commission|ORG
Poland|LOC|Polen
Sweden|LOC|Sverige
Switzerland|LOC|Schweiz
Neutral Nations Supervisory Commission|ORG
NNSC|ORG|Neutral Nations Supervisory Commission
Korea|LOC
New York City|LOC|New York
Korean Peninsula|LOC|Koreanska halvön
NNSC|ORG|Neutral Nations Supervisory Commission
NNSC|ORG|Neutral Nations Supervisory Commission
Korean Peninsula|LOC|Koreanska halvön
NNSC|ORG|Neutral Nations Supervisory Commission
UN|ORG|Förenta nationerna
Korean Peninsula|LOC|Koreanska halvön
NNSC|ORG|Neutral Nations Supervisory Commission
NNSC|ORG|Neutral Nations Supervisory Commission
Korean Peninsula|LOC|Koreanska halvön
NNSC|ORG|Neutral Nations Supervisory Commission
Korean Peninsula|LOC|Koreanska halvön
Democratic People's Republic of Korea|LOC|Nordkorea
DPRK's|LOC|Nordkorea
Pyeongchang|LOC
Republic of Korea|LOC|Sydkorea
NNSC|ORG|Neutral Nations Supervisory Commission
NNSC|ORG|Neutral Nations Supervisory Commission
NNSC|ORG|Neutral Nations Supervisory Commission
NNSC|ORG|Neutral Nations Supervisory Commission
""",
dates="""
2018|2018|year
April 12-13, 2018|2018-04-12/2018-04-13|range
65 years ago|1953|year
27 July 1953|1953-07-27|day
last February|2018-02|month
""",
roles="""
"""),

# 068 train
dict(source="shared:regeringen-pressmeddelanden/2024/05/starkt-stod-till-skolor-for-att-minska-skolfranvaron-for-elever-med-npf-diagnoser.md", doc_date="2024-05",
ents="""
Lotta Edholm|PER
Jakob Forssmed|PER
Specialpedagogiska skolmyndigheten|ORG
Regeringen|ORG
Regeringen|ORG
regeringen|ORG|Regeringen
Skolverket|ORG
Regeringen|ORG
""",
dates="""
10 december 2025|2025-12-10|day
26 maj 2027|2027-05-26|day
året|2024|year
""",
roles="""
Lotta Edholm|skolminister|skolminister|
Jakob Forssmed|socialminister|socialminister|
"""),

# 071 dev
dict(source="shared:regeringen-pressmeddelanden/2023/05/jobbpaket-for-att-mota-utmaningar-pa-arbetsmarknaden.md", doc_date="2023-05",
ents="""
Sverige|LOC
Sverige|LOC
EU|ORG|Europeiska unionen
Regeringens|ORG|Regeringen
Sverige|LOC
EU|ORG|Europeiska unionen
Regeringens|ORG|Regeringen
Sverige|LOC
Regeringen|ORG
Ukraina|LOC
Regeringen|ORG
Arbetsförmedlingen|ORG
Regeringen|ORG
Regeringen|ORG
Arbetsförmedlingen|ORG
regeringen|ORG|Regeringen
Sverigedemokraterna|ORG
""",
dates="""
2023|2023|year
2024|2024|year
2025|2025|year
2023|2023|year
2023|2023|year
2023|2023|year
""",
roles="""
"""),

# 072 train
dict(source="shared:regeringen-raw/artiklar/2023/01/ett-tvarsektoriellt-naringslivsrad-ska-tillsattas-for-att-starka-forsorjningsberedskapen.md", doc_date="2023-01",
ents="""
regeringen|ORG|Regeringen
Carl-Oskar Bohlin|PER
regeringen|ORG|Regeringen
Myndigheten för samhällsskydd och beredskap|ORG
Försvarsmakten|ORG
Regeringen|ORG
""",
dates="""
torsdag 12 januari|2023-01-12|day
2023|2023|year
""",
roles="""
Carl-Oskar Bohlin|minister för civilt försvar|minister för civilt försvar|
Carl-Oskar Bohlin|ordförande|ordförande||implicit|status=incoming
"""),

# 073 train
dict(source="shared:regeringen-raw/rapporter/2015/11/fran-forskning-till-innovation.md", doc_date="2015-11",
ents="""
regeringens|ORG|Regeringen
Entreprenörskapsutredningen|ORG
Pontus Braunerhjelm|PER
regeringens|ORG|Regeringen
""",
dates="""
25 oktober 2015|2015-10-25|day
""",
roles="""
Pontus Braunerhjelm|särskild utredare|särskilde utredaren|Entreprenörskapsutredningen
"""),

# 074 train
dict(source="shared:regeringen-raw/regeringsuppdrag/2019/05/uppdrag-att-foresla-organisation-for-en-nationell-teknikparksfunktion-i-anslutning-till-forskningsanlaggningarna-european-spallation-source-och-max-iv.md", doc_date="2019-05",
ents="""
Regeringen|ORG
Verket för innovationssystem|ORG
Vinnova|ORG|Verket för innovationssystem
Science Village|LOC
Brunnshög|LOC
Lund|LOC
riksdagen|ORG|Riksdagen
regeringens|ORG|Regeringen
Vinnova|ORG|Verket för innovationssystem
Vinnova|ORG|Verket för innovationssystem
Vinnova|ORG|Verket för innovationssystem
Regeringskansliet|ORG
Näringsdepartementet|ORG
""",
dates="""
2018|2018|year
31 december 2019|2019-12-31|day
""",
roles="""
"""),

# 075 train
dict(source="shared:regeringen-raw/artiklar/2025/11/utrikesminister-maria-malmer-stenergard-besokte-storbritannien.md", doc_date="2025-11",
ents="""
Maria Malmer Stenergard|PER
Storbritannien|LOC
Maria Malmer Stenergard|PER
London|LOC
Storbritanniens|LOC|Storbritannien
Yvette Cooper|PER
Ukraina|LOC
Sverige|LOC
Storbritannien|LOC
Nato|ORG
Europas|LOC|Europa
Sverige|LOC
Storbritannien|LOC
London|LOC
Europas|LOC|Europa
""",
dates="""
""",
roles="""
Maria Malmer Stenergard|utrikesminister|Utrikesminister|
Yvette Cooper|utrikesminister|utrikesminister||country=GB
"""),

# 076 dev
dict(source="shared:regeringen-pressmeddelanden/2023/06/utrikesminister-tobias-billstrom-traffade-finlands-nytilltradda-utrikesminister-elina-valtonen.md", doc_date="2023-06",
ents="""
Tobias Billström|PER
Finlands|LOC|Finland
Elina Valtonen|PER
Sverige|LOC
Finlands|LOC|Finland
Tobias Billström|PER
Billström|PER|Tobias Billström
Valtonen|PER|Elina Valtonen
Nato|ORG
""",
dates="""
tisdagen den 20 juni|2023-06-20|day
""",
roles="""
Tobias Billström|utrikesminister|Utrikesminister|
Elina Valtonen|utrikesminister|nytillträdda utrikesminister||country=FI
"""),

# 077 train
dict(source="shared:regeringen-pressmeddelanden/2016/08/ny-ambassador-i-irland.md", doc_date="2016-08",
ents="""
Irland|LOC
Anna Brandt|PER
Sveriges|LOC|Sverige
Europeiska utvecklingsbanken|ORG
EBRD|ORG|Europeiska utvecklingsbanken
Sveriges|LOC|Sverige
Världsbanken|ORG
Nairobi|LOC
UD:s|ORG|Utrikesdepartementet
UD:s|ORG|Utrikesdepartementet
Anna Brandt|PER
""",
dates="""
idag|2016-08|day
september i år|2016-09|month
""",
roles="""
Anna Brandt|ambassadör|Ny ambassadör||status=incoming
Anna Brandt|direktör|direktör|Europeiska utvecklingsbanken
Anna Brandt|exekutivdirektör|exekutivdirektör|Världsbanken|status=former
Anna Brandt|enhetschef|chef för UD:s Afrikaenhet|Utrikesdepartementet|status=former
Anna Brandt|biträdande enhetschef|biträdande chef för UD:s Asien- och Oceanienenhet|Utrikesdepartementet|status=former
"""),

# 078 train
dict(source="shared:regeringen-raw/rapporter/2006/11/guidelines-for-central-government-debt-management-in-2007.md", doc_date="2006-11",
ents="""
Regeringen|ORG
Riksgäldskontoret|ORG
""",
dates="""
2007|2007|year
9 november 2006|2006-11-09|day
2007-2009|2007/2009|range
2007-2009|2007/2009|range
""",
roles="""
"""),

# 079 dev
dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2014/12/dir.-2014154.md", doc_date="2014-12",
ents="""
Överprövningsutredningen|ORG
Regeringen|ORG
""",
dates="""
21 november 2013|2013-11-21|day
1 februari 2015|2015-02-01|day
2 mars 2015|2015-03-02|day
""",
roles="""
"""),

# 080 train
dict(source="shared:regeringen-raw/artiklar/2021/12/nordiska-ministrar-och-tjansteman-samarbetar-nara-i-beredskapsfragor.md", doc_date="2021-12",
ents="""
Danmark|LOC
Sverige|LOC
Norge|LOC
Island|LOC
Finland|LOC
Hagasamarbetet|ORG
Hagasamarbetet|ORG
Danmark|LOC
Island|LOC
Norge|LOC
Sverige|LOC
Finland|LOC
Haga|LOC
Sverige|LOC
Haga|ORG|Hagasamarbetet
Nordefco|ORG
Helsingfors|LOC
""",
dates="""
idag|2021-12|day
år 2021|2021|year
2009|2009|year
året|2021|year
året|2021|year
oktober|2021-10|month
dagens|2021-12|day
2022|2022|year
""",
roles="""
"""),

# 081 train
dict(source="shared:regeringen-pressmeddelanden/2023/03/forslag-om-tillfallig-skattefrihet-for-forman-av-laddel-till-riksdagen.md", doc_date="2023-03",
ents="""
riksdagen|ORG|Riksdagen
Regeringen|ORG
regeringen|ORG|Regeringen
Sverigedemokraterna|ORG
""",
dates="""
1 juli\u00a02023|2023-07-01|day
tre år|P3Y|duration
1 juli 2023|2023-07-01|day
2023|2023|year
""",
roles="""
"""),

# 082 dev
dict(source="shared:regeringen-pressmeddelanden/2024/10/ostersjons-fiskemojligheter-for-2025-beslutade.md", doc_date="2024-10",
ents="""
Östersjöns|LOC|Östersjön
Sverige|LOC
Östersjöns|LOC|Östersjön
Sverige|LOC
Peter Kullgren|PER
Sverige|LOC
Öresund|LOC
Sverige|LOC
Östersjön|LOC
Hanöbukten|LOC
Finska viken|LOC
Sverige|LOC
""",
dates="""
2025|2025|year
tre månader|P3M|duration
en månad|P1M|duration
""",
roles="""
Peter Kullgren|landsbygdsminister|landsbygdsminister|
"""),

# 083 train
dict(source="shared:regeringen-pressmeddelanden/2017/07/eu-kommissionens-diskussionsunderlag-om-en-fordjupning-av-den-ekonomiska-och-monetara-unionen.md", doc_date="2017-07",
ents="""
EU-kommissionens|ORG|Europeiska kommissionen
EU:s|ORG|Europeiska unionen
EU-kommissionen|ORG|Europeiska kommissionen
EU|ORG|Europeiska unionen
euroområdets|LOC|Euroområdet
EU:s|ORG|Europeiska unionen
""",
dates="""
mars 2017|2017-03|month
2025|2025|year
2015|2015|year
""",
roles="""
"""),
]
