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

dict(source="shared:regeringen-pressmeddelanden/2023/06/kulturdepartementet-utreder-behovet-av-ett-tidsbegransat-stod-till-vissa-tidskrifter.md", doc_date="2023-06",
ents="""
Kulturdepartementet|ORG
Parisa Liljestrand|PER
EU:s|ORG|Europeiska unionen
Madeleine Sjöstedt|PER
Svenska institutet|ORG
Kulturdepartementet|ORG
""",
dates="""
15 mars 2024|2024-03-15|day
""",
roles="""
Parisa Liljestrand|kulturminister|kulturminister|
Madeleine Sjöstedt|utredare|utredare|
Madeleine Sjöstedt|generaldirektör|generaldirektör|Svenska institutet
"""),

dict(source="shared:regeringen-pressmeddelanden/2017/10/ny-ambassador-i-guatemala.md", doc_date="2017-10",
ents="""
Guatemala|LOC
Anders Kompass|PER
UD:s|ORG|Utrikesdepartementet
FN|ORG|Förenta nationerna
Centralamerika|LOC
Mexiko|LOC
Colombia|LOC
Anders Kompass|PER
FN:s kontor för mänskliga rättigheter|ORG
OHCHR|ORG|FN:s kontor för mänskliga rättigheter
Genève|LOC
Sveriges|LOC|Sverige
Centralamerika|LOC
Mexiko|LOC
UD|ORG|Utrikesdepartementet
Anders Kompass|PER
""",
dates="""
idag|2017-10|day
2009|2009|year
2016|2016|year
1980-talet|198X|decade
i höst|2017-FA|season
""",
roles="""
Anders Kompass|ämnesråd|ämnesråd|Utrikesdepartementet
Anders Kompass|avdelningsdirektör|avdelningsdirektör|FN:s kontor för mänskliga rättigheter|status=former|country=UN
Anders Kompass|ambassadör|ambassadör||implicit|status=incoming
"""),

dict(source="shared:regeringen-raw/tal/2023/12/kulturminister-parisa-liljestrands-anforande-i-samband-med-firandet-av-chanukka.md", doc_date="2023-12",
ents="""
Parisa Liljestrands|PER|Parisa Liljestrand
Parisa Liljestrands|PER|Parisa Liljestrand
Göteborg|LOC
Sveriges|LOC|Sverige
regeringen|ORG|Regeringen
Sverige|LOC
Regeringen|ORG
Sveriges|LOC|Sverige
""",
dates="""
7 december 2023|2023-12-07|day
idag|2023-12-07|day
7 oktober|2023-10-07|day
""",
roles="""
Parisa Liljestrand|kulturminister|Kulturminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/12/informationskampanjer-ska-ge-battre-kunskap-om-hedersrelaterat-vald-och-fortryck.md", doc_date="2025-12",
ents="""
Jämställdhetsmyndigheten|ORG
Regeringen|ORG
Nina Larsson|PER
Regeringen|ORG
Jämställdhetsmyndigheten|ORG
Regeringen|ORG
Socialstyrelsen|ORG
Socialstyrelsen|ORG
Uppsala universitet|ORG
Nationellt centrum för kvinnofrid|ORG
""",
dates="""
i dag|2025-12|day
""",
roles="""
Nina Larsson|jämställdhetsminister|jämställdhetsminister|
"""),

dict(source="shared:regeringen-raw/artiklar/2024/02/240220-med-anledning-av-uppgifter-i-media.md", doc_date="2024-02",
ents="""
Washington|LOC
Biden|PER|Joe Biden
Regeringskansliet|ORG
Regeringskansliet|ORG
""",
dates="""
juli 2023|2023-07|month
november|2023-11|month
""",
roles="""
Joe Biden|president|president||country=US
"""),

dict(source="shared:regeringen-raw/artiklar/2019/03/undantag-fran-anmalnings--och-studieavgift-vid-universitet-och-hogskolor-for-vissa-brittiska-medborgare-efter-brexit.md", doc_date="2019-03",
ents="""
Storbritanniens|LOC|Storbritannien
Storbritanniens|LOC|Storbritannien
Europeiska unionen|ORG
""",
dates="""
hösten 2020|2020-FA|season
31 december 2020|2020-12-31|day
hösten|2020-FA|season
31 december 2020|2020-12-31|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2024/11/pensionsmyndigheten-ska-motarbeta-den-organiserade-brottsligheten-tillsammans-med-andra-myndigheter.md", doc_date="2024-11",
ents="""
Pensionsmyndigheten|ORG
regeringen|ORG|Regeringen
Regeringen|ORG
Pensionsmyndigheten|ORG
Pensionsmyndigheten|ORG
Anna Tenje|PER
Pensionsmyndigheten|ORG
""",
dates="""
2009|2009|year
1 januari 2025|2025-01-01|day
1 januari 2025|2025-01-01|day
""",
roles="""
Anna Tenje|äldre- och socialförsäkringsminister|äldre- och socialförsäkringsminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2022/12/oecd-studerar-utrikes-fodda-kvinnors-etablering-pa-arbetsmarknaden.md", doc_date="2022-12",
ents="""
OECD|ORG
Johan Pehrson|PER
Sveriges|LOC|Sverige
""",
dates="""
2023|2023|year
""",
roles="""
Johan Pehrson|arbetsmarknads- och integrationsminister|arbetsmarknads- och integrationsminister|
"""),

dict(source="shared:regeringen-raw/faktapromemoria/2023/04/202223fpm71.md", doc_date="2023-04",
ents="""
EU:s|ORG|Europeiska unionen
Europas|LOC|Europa
EU:s|ORG|Europeiska unionen
Ekofin-rådets|ORG|Ekofin-rådet
Europeiska rådets|ORG|Europeiska rådet
EU:s|ORG|Europeiska unionen
""",
dates="""
2024|2024|year
2024|2024|year
2024|2024|year
hösten 2022|2022-FA|season
mars 2023|2023-03|month
2024|2024|year
våren 2023|2023-SP|season
november 2022|2022-11|month
2024|2024|year
2023|2023|year
våren 2024|2024-SP|season
2023|2023|year
""",
roles="""
"""),

dict(source="shared:regeringen-raw/remisser/2022/12/remiss-av-promemorian-kompletterande-bestammelser-till-eus-gaslagringsforordning.md", doc_date="2022-12",
ents="""
EU:s|ORG|Europeiska unionen
EU:s|ORG|Europeiska unionen
Infrastrukturdepartementet|ORG
Klimat-och näringslivsdepartementet|ORG|Klimat- och näringslivsdepartementet
""",
dates="""
1 januari 2023|2023-01-01|day
27 januari 2023|2023-01-27|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2023/12/farjetrafik-till-och-fran-gotland-far-ekonomiskt-stod.md", doc_date="2023-12",
ents="""
Gotland|LOC
Gotland|LOC
Gotland|LOC
Andreas Carlson|PER
Rysslands|LOC|Ryssland
Ukraina|LOC
Regeringen|ORG
EU-kommissionen|ORG|Europeiska kommissionen
Gotland|LOC
Trafikverket|ORG
""",
dates="""
2023|2023|year
""",
roles="""
Andreas Carlson|infrastruktur- och bostadsminister|infrastruktur- och bostadsminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2024/01/fornyat-strategiskt-partnerskap-mellan-sverige-och-frankrike.md", doc_date="2024-01",
ents="""
Sverige|LOC
Frankrike|LOC
Frankrikes|LOC|Frankrike
Emmanuel Macron|PER
Sverige|LOC
Ulf Kristersson|PER
Macron|PER|Emmanuel Macron
Frankrike|LOC
Sverige|LOC
Europa|LOC
Ulf Kristersson|PER
Ulf Kristersson|PER
Sverige|LOC
Frankrike|LOC
Sverige|LOC
Frankrike|LOC
Frankrike|LOC
Europa|LOC
Frankrike|LOC
Sverige|LOC
""",
dates="""
två dagar|P2D|duration
tisdagen|2024-01|day
2017|2017|year
2019|2019|year
i dag|2024-01|day
""",
roles="""
Emmanuel Macron|president|president||country=FR
Ulf Kristersson|statsminister|statsminister|
"""),

dict(source="shared:regeringen-raw/informationsmaterial/2017/03/tillsammans-mot-brott---ett-nationellt-brottsforebyggande-program.-kortversion-av-skrivelse-201617126.md", doc_date="2017-03",
ents="""
regeringens|ORG|Regeringen
regeringen|ORG|Regeringen
regeringens|ORG|Regeringen
""",
dates="""
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2015/02/nya-ambassadorer-till-sverige.md", doc_date="2015-02",
ents="""
Sverige|LOC
Wieslaw Tarka|PER
Polen|LOC
Polens|LOC|Polen
Wieslaw Tarka|PER
utrikesministeriet|ORG|Polens utrikesministerium
utrikesministeriet|ORG|Polens utrikesministerium
Zagreb|LOC
ministeriet för inrikes och administrativa frågor|ORG|Polens ministerium för inrikes och administrativa frågor
Kim Heng Meas|PER
Kambodja|LOC
Kambodjas|LOC|Kambodja
Kim Heng Meas|PER
London|LOC
utrikesministeriet|ORG|Kambodjas utrikesministerium
utrikesministeriet|ORG|Kambodjas utrikesministerium
Nya Zeeland|LOC
Omar Abdi Said|PER
Djibouti|LOC
Djiboutis|LOC|Djibouti
Omar Abdi Said|PER
Bryssel|LOC
utrikesministeriet|ORG|Djiboutis utrikesministerium
Sverige|LOC
parlamentets|ORG|Djiboutis parlament
parlamentets|ORG|Djiboutis parlament
parlamentet|ORG|Djiboutis parlament
""",
dates="""
torsdagen den 5 februari 2015|2015-02-05|day
1964|1964|year
1991|1991|year
2012-2014|2012/2014|range
2008-2012|2008/2012|range
2005-2007|2005/2007|range
1956|1956|year
1982|1982|year
2011-2014|2011/2014|range
2008-2010|2008/2010|range
2004-2008|2004/2008|range
1960|1960|year
2013-2014|2013/2014|range
2008-2013|2008/2013|range
2003-2013|2003/2013|range
""",
roles="""
Wieslaw Tarka|ambassadör|ambassadör||country=PL
Wieslaw Tarka|chef|Chef|Polens utrikesministerium|status=former|country=PL
Wieslaw Tarka|understatssekreterare|Understatssekreterare|Polens ministerium för inrikes och administrativa frågor|status=former|country=PL
Kim Heng Meas|ambassadör|ambassadör||country=KH
Kim Heng Meas|rådgivare|Rådgivare||status=former|country=KH
Kim Heng Meas|kanslichef|chef||status=former|country=KH
Kim Heng Meas|avdelningschef|Chef|Kambodjas utrikesministerium|status=former|country=KH
Omar Abdi Said|ambassadör|ambassadör||country=DJ
Omar Abdi Said|kanslichef|Kanslichef|Djiboutis parlament|status=former|country=DJ
Omar Abdi Said|ordförande|Ordförande|Djiboutis parlament|status=former|country=DJ
Omar Abdi Said|ledamot|Medlem|Djiboutis parlament|status=former|country=DJ
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/06/ny-lonegarantilag-ska-motverka-missbruk.md", doc_date="2025-06",
ents="""
Riksrevisionen|ORG
Nina Larsson|PER
Skatteverket|ORG
Skatteverket|ORG
""",
dates="""
1 juli 2027|2027-07-01|day
""",
roles="""
Nina Larsson|jämställdhets- och arbetslivsminister|jämställhets- och arbetslivsminister|
"""),

dict(source="shared:regeringen-raw/rapporter/2004/11/guidelines-for-central-government-debt-management-in-2005.md", doc_date="2004-11",
ents="""
Regeringens|ORG|Regeringen
""",
dates="""
2005|2005|year
2005|2005|year
Årets|2004|year
2005-2007|2005/2007|range
2006|2006|year
2007|2007|year
""",
roles="""
"""),

dict(source="shared:regeringen-raw/uttalanden/2019/06/joint-statement-on-support-for-the-jcpoa.md", doc_date="2019-06",
ents="""
Sverige|LOC
EU|ORG|Europeiska unionen
Iran|LOC
Tyskland|LOC
Storbritannien|LOC
Frankrike|LOC
EU|ORG|Europeiska unionen
EEAS|ORG|Europeiska utrikestjänsten
Kina|LOC
Ryssland|LOC
Iran|LOC
JCPOA:s Joint Commission|ORG
Wien|LOC
EU:s|ORG|Europeiska unionen
Sverige|LOC
Austria|LOC|Österrike
Belgium|LOC|Belgien
Finland|LOC
Netherlands|LOC|Nederländerna
Slovenia|LOC|Slovenien
Spain|LOC|Spanien
Sweden|LOC|Sverige
Iran|LOC
UN Security Council|ORG|FN:s säkerhetsråd
France|LOC|Frankrike
Germany|LOC|Tyskland
United Kingdom|LOC|Storbritannien
European External Action Service|ORG|Europeiska utrikestjänsten
European Commission|ORG|Europeiska kommissionen
Iran|LOC
Instrument in Support of Trade Exchanges|ORG
INSTEX|ORG|Instrument in Support of Trade Exchanges
Islamic Republic of Iran|LOC|Iran
""",
dates="""
idag|2019-06-28|day
28 juni|2019-06-28|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/artiklar/2024/03/brottsforebyggande-i-fokus-nar-statsministern-besokte-trollhattan.md", doc_date="2024-03",
ents="""
Trollhättan|LOC
Ulf Kristersson|PER
Trollhättan|LOC
Vällingklockans förskola|ORG
Trollhättan|LOC
Ulf Kristersson|PER
regeringens|ORG|Regeringen
""",
dates="""
onsdagen den 28 februari|2024-02-28|day
""",
roles="""
Ulf Kristersson|statsminister|Statsminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/01/statens-konstrad-far-i-uppdrag-att-producera-ett-konstverk-pa-hanaholmen--kulturcentrum-for-sverige-och-finland.md", doc_date="2025-01",
ents="""
Statens konstråd|ORG
Hanaholmen – kulturcentrum för Sverige och Finland|ORG|Hanaholmen – kulturcentrum för Sverige och Finland
Regeringen|ORG
Hanaholmens|ORG|Hanaholmen – kulturcentrum för Sverige och Finland
Sverige|LOC
Finland|LOC
Sveriges|LOC|Sverige
Hanaholmen|ORG|Hanaholmen – kulturcentrum för Sverige och Finland
Parisa Liljestrand|PER
Statens konstråd|ORG
Hanaholmen|ORG|Hanaholmen – kulturcentrum för Sverige och Finland
""",
dates="""
andra halvåret 2025|2025-H2|half
""",
roles="""
Parisa Liljestrand|kulturminister|kulturminister|
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2013/03/s20131676sf.md", doc_date="2013-03",
ents="""
Regeringen|ORG
Inspektionen för socialförsäkring|ORG
ISF|ORG|Inspektionen för socialförsäkring
ISF|ORG|Inspektionen för socialförsäkring
ISF|ORG|Inspektionen för socialförsäkring
Regeringskansliet|ORG
Socialdepartementet|ORG
""",
dates="""
1 oktober 2014|2014-10-01|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/faktapromemoria/2025/06/202425fpm44.md", doc_date="2025-06",
ents="""
Regeringen|ORG
Regeringens|ORG|Regeringen
""",
dates="""
14 maj 2025|2025-05-14|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/06/ytterligare-forbattringar-for-vattenkraftens-omprovning.md", doc_date="2025-06",
ents="""
Regeringskansliet|ORG
regeringen|ORG|Regeringen
regeringen|ORG|Regeringen
Sveriges|LOC|Sverige
Romina Pourmokhtari|PER
regeringen|ORG|Regeringen
regeringen|ORG|Regeringen
Regeringen|ORG
regeringen|ORG|Regeringen
Regeringskansliet|ORG
Svenska kraftnät|ORG
Energimyndighet|ORG|Energimyndigheten
regeringen|ORG|Regeringen
""",
dates="""
Förra året|2024|year
maj|2025-05|month
maj|2025-05|month
1 juli 2025|2025-07-01|day
""",
roles="""
Romina Pourmokhtari|klimat- och miljöminister|klimat- och miljöminister|
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2023/07/uppdrag-att-ta-fram-ett-kartstod-med-anledning-av-eu-forbudet-mot-blyammunition-i-vatmark.md", doc_date="2023-07",
ents="""
Regeringen|ORG
Naturvårdsverket|ORG
Sverige|LOC
Naturvårdsverket|ORG
Regeringskansliet|ORG
Klimat-och|ORG|Klimat- och näringslivsdepartementet
näringslivsdepartementet|ORG|Klimat- och näringslivsdepartementet
Landsbygds- och|ORG|Landsbygds- och infrastrukturdepartementet
infrastrukturdepartementet|ORG|Landsbygds- och infrastrukturdepartementet
""",
dates="""
25 augusti 2023|2023-08-25|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/remisser/2015/12/remiss-av-eu-kommissionens-forslag-till-andringar-i-eus-vapendirektiv.md", doc_date="2015-12",
ents="""
EU-kommissionens|ORG|Europeiska kommissionen
EU:s|ORG|Europeiska unionen
EU-kommissionens|ORG|Europeiska kommissionen
EU:s|ORG|Europeiska unionen
Europaparlamentets|ORG|Europaparlamentet
""",
dates="""
""",
roles="""
"""),

dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2026/01/dir.-20261.md", doc_date="2026-01",
ents="""
""",
dates="""
8 juli 2027|2027-07-08|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2023/02/forsvarsminister-pal-jonson-deltar-i-natos-forsvarsministermote.md", doc_date="2023-02",
ents="""
Pål Jonson|PER
Natos|ORG|Nato
Natos|ORG|Nato
Natos|ORG|Nato
Madrid|LOC
Natos|ORG|Nato
Vilnius|LOC
Ukraina|LOC
Natos|ORG|Nato
Europa|LOC
Sverige|LOC
Sverige|LOC
Sveriges|LOC|Sverige
försvarsberedningens|ORG|Försvarsberedningen
Sverige|LOC
Natos|ORG|Nato
Jonson|PER|Pål Jonson
Polen|LOC
Tyskland|LOC
Johan Hjelmstrand|PER
""",
dates="""
juni 2022|2022-06|month
juli 2023|2023-07|month
""",
roles="""
Pål Jonson|försvarsminister|Försvarsminister|
Johan Hjelmstrand|pressekreterare|pressekreterare|
"""),

dict(source="shared:regeringen-raw/remisser/2017/03/remiss-av-promemorian-reduktionsplikt-for-minskning-av-vaxthusgasutslapp-fran-bensin-och-dieselbransle.md", doc_date="2017-03",
ents="""
Miljö- och energidepartementet|ORG
Regeringskansliet|ORG
Miljö- och energidepartementet|ORG
""",
dates="""
19 april 2017|2017-04-19|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/rapporter/2012/11/s2012.012.md", doc_date="2012-11",
ents="""
Regeringen|ORG
Sveriges kommuner och Landsting|ORG|Sveriges Kommuner och Landsting
Sverige|LOC
""",
dates="""
2013|2013|year
2011|2011|year
2011-2012|2011/2012|range
2013|2013|year
2011|2011|year
""",
roles="""
"""),

dict(source="shared:regeringen-raw/remisser/2011/12/remiss-av-sou-20117-transporter-av-frihetsberovade-och-transporter-av-frihetsberovade--en-konsekvensanalys-statskontoret-rapport-201128.md", doc_date="2011-12",
ents="""
Statskontoret|ORG
Justitiedepartementet|ORG
Statskontoret|ORG
Justitiedepartementet|ORG
""",
dates="""
16 april 2012|2012-04-16|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/artiklar/2016/05/rattsstatens-principer-om-juni-manads-europeiska-rad-diskuterades-pa-allmanna-radet.md", doc_date="2016-05",
ents="""
Europeiska råd|ORG|Europeiska rådet
Allmänna rådet|ORG
Allmänna rådets|ORG|Allmänna rådet
Bryssel|LOC
Sverige|LOC
Hans Dahlgren|PER
EU-representationen|ORG|Sveriges ständiga representation vid Europeiska unionen
EU:s|ORG|Europeiska unionen
Europeiska rådets|ORG|Europeiska rådet
Europeiska rådets|ORG|Europeiska rådet
EU|ORG|Europeiska unionen
Nato|ORG
Storbritanniens|LOC|Storbritannien
Europeiska rådet|ORG
""",
dates="""
Juni månads|2016-06|month
28-29 juni|2016-06-28/2016-06-29|range
24 maj|2016-05-24|day
28-29 juni|2016-06-28/2016-06-29|range
28-29|2016-06-28/2016-06-29|range
""",
roles="""
Hans Dahlgren|statssekreterare|statssekreterare|
"""),

dict(source="shared:regeringen-raw/tal/2024/09/estonias-minnesmonument.md", doc_date="2024-09",
ents="""
Ulf Kristerssons|PER|Ulf Kristersson
Ulf Kristersson|PER
Tomas Tranströmer|PER
Tallinn|LOC
Sverige|LOC
Estland|LOC
Tomas Tranströmer|PER
""",
dates="""
Lördag den 28 september|2024-09-28|day
Idag|2024-09-28|day
trettio år|P30Y|duration
27|1994-09-27|day
28 september 1994|1994-09-28|day
1994|1994|year
idag|2024-09-28|day
""",
roles="""
Ulf Kristersson|statsminister|Statsminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2024/09/starkt-granskning-av-utlandska-direktinvesteringar.md", doc_date="2024-09",
ents="""
Sveriges|LOC|Sverige
Regeringen|ORG
Regeringen|ORG
Totalförsvarets forskningsinstitut|ORG
FOI|ORG|Totalförsvarets forskningsinstitut
ISP|ORG|Inspektionen för strategiska produkter
FOI|ORG|Totalförsvarets forskningsinstitut
Sveriges|LOC|Sverige
ISP|ORG|Inspektionen för strategiska produkter
Sverige|LOC
Inspektionen för strategiska produkter|ORG
ISP|ORG|Inspektionen för strategiska produkter
Regeringen|ORG
FOI|ORG|Totalförsvarets forskningsinstitut
ISP|ORG|Inspektionen för strategiska produkter
regeringen|ORG|Regeringen
Sverigedemokraterna|ORG
""",
dates="""
1 december 2023|2023-12-01|day
2025|2025|year
år 2025|2025|year
""",
roles="""
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2026/01/uppdrag-till-socialstyrelsen-att-fordela-betala-ut-och-folja-upp-medel-for-att-korta-vardkoerna.md", doc_date="2026-01",
ents="""
Socialstyrelsen|ORG
Regeringen|ORG
Socialstyrelsen|ORG
Socialstyrelsen|ORG
Regeringskansliet|ORG
Regeringskansliet|ORG
""",
dates="""
2026|2026|year
28 februari 2026|2026-02-28|day
31 mars 2027|2027-03-31|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2024/03/christina-nordin-leder-jordbruksverket-i-ytterligare-tre-ar.md", doc_date="2024-03",
ents="""
Christina Nordin|PER
Jordbruksverket|ORG
Regeringen|ORG
Jordbruksverkets|ORG|Jordbruksverket
Christina Nordin|PER
Peter Kullgren|PER
Jordbruksverket|ORG
Jordbruksverket|ORG
Christina Nordin|PER
Christina Nordin|PER
Jordbruksverkets|ORG|Jordbruksverket
Jordbruksverket|ORG
Christina Nordin|PER
Näringsdepartementet|ORG
""",
dates="""
tre år|P3Y|duration
2018|2018|year
""",
roles="""
Peter Kullgren|landsbygdsminister|landsbygdsminister|
Christina Nordin|generaldirektör|generaldirektör|Jordbruksverket
Christina Nordin|avdelningschef|avdelningschef|Näringsdepartementet|status=former
"""),

dict(source="shared:regeringen-pressmeddelanden/2022/11/bistands--och-utrikeshandelsminister-johan-forssell-deltar-vid-klimatkonferensen-cop27-i-egypten.md", doc_date="2022-11",
ents="""
Johan Forssell|PER
Egypten|LOC
Johan Forssell|PER
Sharm el-Sheikh|LOC
FN:s|ORG|Förenta nationerna
Johan Forssell|PER
Egypten|LOC
""",
dates="""
""",
roles="""
Johan Forssell|bistånds- och utrikeshandelsminister|Bistånds- och utrikeshandelsminister|
"""),

dict(source="shared:regeringen-raw/remisser/2024/09/remiss-av-promemorian-forslag-till-lag-med-kompletterande-bestammelser-till-eu-forordningen-om-sakerstallande-av-lika-villkor-for-hallbar-lufttransport-refueleu-aviation.md", doc_date="2024-09",
ents="""
regeringen|ORG|Regeringen
Landsbygds- och infrastrukturdepartementet|ORG
""",
dates="""
29 november 2024|2024-11-29|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2026/01/utredning-foreslar-nytt-skatteincitament-for-okade-investeringar-i-forskning-och-utveckling.md", doc_date="2026-01",
ents="""
EU|ORG|Europeiska unionen
OECD|ORG
Sverige|LOC
Sverige|LOC
EES|LOC|Europeiska ekonomiska samarbetsområdet
Regeringskansliet|ORG
""",
dates="""
1 januari 2027|2027-01-01|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2021/12/protokoll-fran-finansiella-stabilitetsradets-mote.md", doc_date="2021-12",
ents="""
Finansiella stabilitetsrådets|ORG|Finansiella stabilitetsrådet
Max Elger|PER
Finansinspektionen|ORG
Erik Thedéen|PER
Stefan Ingves|PER
Hans Lindblad|PER
""",
dates="""
""",
roles="""
Max Elger|finansmarknadsminister|finansmarknadsminister|
Erik Thedéen|generaldirektör|generaldirektören|Finansinspektionen
Stefan Ingves|riksbankschef|riksbankschef|
Hans Lindblad|riksgäldsdirektör|riksgäldsdirektör|
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/06/who-lanserar-omfattanderapport-om-ensamhet-och-social-inkludering.md", doc_date="2025-06",
ents="""
WHO|ORG
Sverige|LOC
Regeringen|ORG
WHO|ORG
Jakob Forssmed|PER
Sverige|LOC
Jakob Forssmed|PER
""",
dates="""
våren|2025-SP|season
""",
roles="""
Jakob Forssmed|socialminister|socialminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/12/regeringen-uppdaterar-utanforskapets-karta.md", doc_date="2025-12",
ents="""
Regeringen|ORG
Boverket|ORG
SCB|ORG|Statistiska centralbyrån
Sverige|LOC
Simona Mohamsson|PER
Boverket|ORG
SCB|ORG|Statistiska centralbyrån
regeringen|ORG|Regeringen
""",
dates="""
2024|2024|year
juni 2026|2026-06|month
juni 2027|2027-06|month
""",
roles="""
Simona Mohamsson|utbildnings- och integrationsminister|utbildnings- och integrationsminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/11/arbetsmarknadsminister-johan-britz-kommenterar-eu-domstolens-dom-om-minimilonedirektivet.md", doc_date="2025-11",
ents="""
Johan Britz|PER
EU-domstolens|ORG|Europeiska unionens domstol
EU-domstolen|ORG|Europeiska unionens domstol
EU:s|ORG|Europeiska unionen
Sverige|LOC
Regeringen|ORG
Danmarks|LOC|Danmark
EU|ORG|Europeiska unionen
Johan Britz|PER
EU|ORG|Europeiska unionen
Johan Britz|PER
""",
dates="""
dagens|2025-11|day
dagens|2025-11|day
4 oktober 2022|2022-10-04|day
""",
roles="""
Johan Britz|arbetsmarknadsminister|arbetsmarknadsminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/08/finansmarknadsministern-besoker-ringhals-och-varberg.md", doc_date="2025-08",
ents="""
Varberg|LOC
Varberg|LOC
Varbergs Sparbank|ORG
Victoria Ericsson|PER
""",
dates="""
tisdagsförmiddagen|2025-08|day
""",
roles="""
Victoria Ericsson|pressekreterare|pressekreterare|
"""),

dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2007/07/dir.-2007108.md", doc_date="2007-07",
ents="""
""",
dates="""
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2019/09/nya-ambassadorer-till-sverige.md", doc_date="2019-09",
ents="""
Sverige|LOC
Apolinário Jorge Correia|PER
Angola|LOC
Apolinário Jorge Correia|PER
utrikesministeriet|ORG|Angolas utrikesministerium
Angolas ständiga representation vid de internationella organisationerna i Genève|ORG
Schweiz|LOC
Angolas ambassad i Schweiz|ORG
Angolas ambassad i Algeriet|ORG
Tunisien|LOC
Libyen|LOC
Mauretanien|LOC
utrikesministeriet|ORG|Angolas utrikesministerium
Angolas ständiga FN representation|ORG
New York|LOC
Angolas ambassad i fd Jugoslavien och Rumänien|ORG
Maria Teresa Kralikas|PER
Argentina|LOC
Maria Teresa Kralikas|PER
utrikesministeriet|ORG|Argentinas utrikesministerium
Falklandsöarna|LOC
Antarktis|LOC
Atlanten|LOC
utrikesministeriet|ORG|Argentinas utrikesministerium
Concepción|LOC
Chile|LOC
Mohammed bin Maktoum bin Rashid Al-Maktoum|PER
Förenade Arabemiraten|LOC
Exeters universitet|ORG
UK|LOC|Storbritannien
utrikesministeriet|ORG|Förenade Arabemiratens utrikesministerium
utrikesministeriet|ORG|Förenade Arabemiratens utrikesministerium
Förenade Arabemiratens ambassad i London|ORG
Anna Elisabeth Prinz|PER
Tyskland|LOC
Anna Elisabeth Prinz|PER
utrikesministeriet|ORG|Tysklands utrikesministerium
Tysklands ambassad i Canberra|ORG
Australien|LOC
Tysklands ambassad i Ljubljana|ORG
Slovenien|LOC
utrikesministeriet|ORG|Tysklands utrikesministerium
Tysklands ambassad i Tokyo|ORG
Japan|LOC
utrikesministeriet|ORG|Tysklands utrikesministerium
utrikesministeriet|ORG|Tysklands utrikesministerium
""",
dates="""
1975|1975|year
2011|2011|year
2005 – 2011|2005/2011|range
2000 – 2005|2000/2005|range
1994 – 2000|1994/2000|range
1990 -\xa0 1993|1990/1993|range
1987 -\xa0 1990|1987/1990|range
1980|1980|year
2016|2016|year
2015 – 2016|2015/2016|range
2012 – 2015|2012/2015|range
2007 – 2012|2007/2012|range
2010|2010|year
2016|2016|year
2010 – 2016|2010/2016|range
1988|1988|year
2016|2016|year
2013 – 2016|2013/2016|range
2011 – 2013|2011/2013|range
2008 – 2011|2008/2011|range
2006 – 2008|2006/2008|range
2005 – 2006|2005/2006|range
""",
roles="""
Apolinário Jorge Correia|ambassadör|ambassadörer||implicit|country=AO
Apolinário Jorge Correia|ambassadör|Ambassadör|Angolas ambassad i Schweiz|status=former|country=AO
Apolinário Jorge Correia|ambassadör|Ambassadör|Angolas ambassad i Algeriet|status=former|country=AO
Apolinário Jorge Correia|enhetschef|Enhetschef|Angolas utrikesministerium|status=former|country=AO
Apolinário Jorge Correia|ambassadråd|Ambassadråd|Angolas ständiga FN representation|status=former|country=AO
Apolinário Jorge Correia|ambassadråd|Ambassadråd|Angolas ambassad i fd Jugoslavien och Rumänien|status=former|country=AO
Maria Teresa Kralikas|ambassadör|ambassadörer||implicit|country=AR
Maria Teresa Kralikas|enhetschef|Enhetschef|Argentinas utrikesministerium|status=former|country=AR
Maria Teresa Kralikas|utrikesråd|Utrikesråd|Argentinas utrikesministerium|implicit|status=former|country=AR
Maria Teresa Kralikas|generalkonsul|Generalkonsul||status=former|country=AR
Mohammed bin Maktoum bin Rashid Al-Maktoum|ambassadör|ambassadörer||implicit|country=AE
Mohammed bin Maktoum bin Rashid Al-Maktoum|enhetschef|Chef|Förenade Arabemiratens utrikesministerium|status=former|country=AE
Mohammed bin Maktoum bin Rashid Al-Maktoum|ambassadsekreterare|Ambassadsekreterare|Förenade Arabemiratens ambassad i London|status=former|country=AE
Mohammed bin Maktoum bin Rashid Al-Maktoum|ministerråd|ministerråd|Förenade Arabemiratens ambassad i London|status=former|country=AE
Anna Elisabeth Prinz|ambassadör|ambassadörer||implicit|country=DE
Anna Elisabeth Prinz|ambassadör|Ambassadör|Tysklands ambassad i Canberra|status=former|country=DE
Anna Elisabeth Prinz|ambassadör|Ambassadör|Tysklands ambassad i Ljubljana|status=former|country=DE
Anna Elisabeth Prinz|enhetschef|Enhetschef|Tysklands utrikesministerium|status=former|country=DE
Anna Elisabeth Prinz|andreman|Andreman|Tysklands ambassad i Tokyo|status=former|country=DE
Anna Elisabeth Prinz|pressansvarig|Pressansvarig|Tysklands utrikesministerium|status=former|country=DE
Anna Elisabeth Prinz|biträdande enhetschef|Biträdande enhetschef|Tysklands utrikesministerium|status=former|country=DE
"""),

dict(source="shared:regeringen-pressmeddelanden/2023/04/sverige-star-vard-for-eu-indo-pacific-ministerial-forum.md", doc_date="2023-04",
ents="""
Sverige|LOC
Indiska oceanen|LOC
Stilla havet|LOC
Josep Borrell|PER
EU|ORG|Europeiska unionen
Sveriges|LOC|Sverige
EU:s|ORG|Europeiska unionen
Tobias Billström|PER
Indiska oceanen|LOC
Stilla havet|LOC
EU|ORG|Europeiska unionen
""",
dates="""
I\xa0dag|2023-04|day
""",
roles="""
Josep Borrell|hög representant för utrikes frågor och säkerhetspolitik|höga representant för utrikes frågor och säkerhetspolitik||country=EU
Tobias Billström|utrikesminister|utrikesminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2022/10/nya-statssekreterare-i-regeringskansliet.md", doc_date="2022-10",
ents="""
Regeringskansliet|ORG
Statsrådsberedningen|ORG
Regeringen|ORG
Johan Stuart|PER
Regeringen|ORG
Christian Danielsson|PER
Jessika Roswall|PER
Regeringen|ORG
Statsrådsberedningen|ORG
Per Swenson Claréus|PER
M|ORG|Moderaterna
Tobias Karlström|PER
KD|ORG|Kristdemokraterna
Johan Britz|PER
L|ORG|Liberalerna
Arbetsmarknadsdepartementet|ORG
Regeringen|ORG
Sophia Metelius|PER
Johan Pehrson|PER
Regeringen|ORG
Martin Andreasson|PER
Paulina Brandberg|PER
Finansdepartementet|ORG
Regeringen|ORG
Jesper Ahlgren|PER
Lars Hjälmered|PER
Elisabeth Svantesson|PER
Infrastrukturdepartementet|ORG
Regeringen|ORG
Dan Ericsson|PER
Peter Kullgren|PER
Justitiedepartementet|ORG
Regeringen|ORG
Charlotte Kugelberg|PER
Gunnar Strömmer|PER
Kulturdepartementet|ORG
Regeringen|ORG
Karin Svanborg-Sjövall|PER
Parisa Liljestrand|PER
Miljödepartementet|ORG
Regeringen|ORG
Daniel Westlén|PER
Romina Pourmokhtari|PER
Näringsdepartementet|ORG
Regeringen|ORG
Daniel Liljeberg|PER
Ebba Busch|PER
Socialdepartementet|ORG
Regeringen|ORG
Petra Noreback|PER
Jakob Forssmed|PER
Regeringen|ORG
Per-Anders Sunesson|PER
Acko Ankarberg Johansson|PER
Regeringen|ORG
Anna Pettersson Westerberg|PER
Anna Tenje|PER
Utbildningsdepartementet|ORG
Regeringen|ORG
Maria Nilsson|PER
Mats Persson|PER
Regeringen|ORG
David Lindberg|PER
Erik Scheller|PER
Lotta Edholm|PER
Utrikesdepartementet|ORG
Regeringen|ORG
Jan Knutsson|PER
Tobias Billström|PER
""",
dates="""
""",
roles="""
Johan Stuart|statssekreterare|statssekreterare|Statsrådsberedningen|implicit
Christian Danielsson|statssekreterare|statssekreterare|Statsrådsberedningen|implicit
Jessika Roswall|eu-minister|EU-minister|
Per Swenson Claréus|statssekreterare|statssekreterare|Statsrådsberedningen
Tobias Karlström|statssekreterare|statssekreterare|Statsrådsberedningen
Johan Britz|statssekreterare|statssekreterare|Statsrådsberedningen
Sophia Metelius|statssekreterare|statssekreterare|Arbetsmarknadsdepartementet|implicit
Johan Pehrson|arbetsmarknads- och integrationsminister|arbetsmarknads- och integrationsminister|
Martin Andreasson|statssekreterare|statssekreterare|Arbetsmarknadsdepartementet|implicit
Paulina Brandberg|jämställdhets- och biträdande arbetsmarknadsminister|jämställdhets- och biträdande arbetsmarknadsminister|
Jesper Ahlgren|statssekreterare|statssekreterare|Finansdepartementet|implicit
Lars Hjälmered|statssekreterare|statssekreterare|Finansdepartementet|implicit
Elisabeth Svantesson|finansminister|finansminister|
Dan Ericsson|statssekreterare|statssekreterare|Infrastrukturdepartementet|implicit
Peter Kullgren|landsbygdsminister|landsbygdsminister|
Charlotte Kugelberg|statssekreterare|statssekreterare|Justitiedepartementet|implicit
Gunnar Strömmer|justitieminister|justitieminister|
Karin Svanborg-Sjövall|statssekreterare|statssekreterare|Kulturdepartementet|implicit
Parisa Liljestrand|kulturminister|kulturminister|
Daniel Westlén|statssekreterare|statssekreterare|Miljödepartementet|implicit
Romina Pourmokhtari|klimat- och miljöminister|klimat- och miljöminister|
Daniel Liljeberg|statssekreterare|statssekreterare|Näringsdepartementet|implicit
Ebba Busch|energi- och näringsminister|energi- och näringsminister|
Petra Noreback|statssekreterare|statssekreterare|Socialdepartementet|implicit
Jakob Forssmed|socialminister|socialminister|
Per-Anders Sunesson|statssekreterare|statssekreterare|Socialdepartementet|implicit
Acko Ankarberg Johansson|sjukvårdsminister|sjukvårdsminister|
Anna Pettersson Westerberg|statssekreterare|statssekreterare|Socialdepartementet|implicit
Anna Tenje|äldre- och socialförsäkringsminister|äldre- och socialförsäkringsminister|
Maria Nilsson|statssekreterare|statssekreterare|Utbildningsdepartementet|implicit
Mats Persson|utbildningsminister|utbildningsminister|
David Lindberg|statssekreterare|statssekreterare|Utbildningsdepartementet|implicit
Erik Scheller|statssekreterare|statssekreterare|Utbildningsdepartementet|implicit
Lotta Edholm|skolminister|skolminister|
Jan Knutsson|kabinettssekreterare|kabinettssekreterare|Utrikesdepartementet|implicit
Tobias Billström|utrikesminister|utrikesminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/04/utredning-presenterar-forslag-for-starkt-barnrattsperspektiv-i-lvu.md", doc_date="2025-04",
ents="""
Regeringen|ORG
Utredningen om stärkt barnrättsperspektiv i LVU|ORG
Regeringens|ORG|Regeringen
Anders Hagsgård|PER
Camilla Waltersson Grönvall|PER
regeringens|ORG|Regeringen
Camilla Waltersson Grönvall|PER
Regeringen|ORG
Regeringskansliet|ORG
""",
dates="""
i dag|2025-04|day
november 2023|2023-11|month
måndagen den 7 april|2025-04-07|day
30 januari 2026|2026-01-30|day
""",
roles="""
Anders Hagsgård|särskild utredare|särskilde utredare|
Camilla Waltersson Grönvall|socialtjänstminister|socialtjänstminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2024/03/utredning-om-oversyn-av-partipolitiska-lotterier-har-redovisat-sitt-uppdrag.md", doc_date="2024-03",
ents="""
Niklas Wykman|PER
Regeringskansliet|ORG
""",
dates="""
""",
roles="""
Niklas Wykman|finansmarknadsminister|finansmarknadsminister|
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2014/07/n20143043itp.md", doc_date="2014-07",
ents="""
Regeringen|ORG
Post- och telestyrelsen|ORG
PTS|ORG|Post- och telestyrelsen
regeringens|ORG|Regeringen
""",
dates="""
""",
roles="""
"""),

dict(source="shared:regeringen-raw/artiklar/2018/12/regelandringar-beslutade-den-15-november-2018.md", doc_date="2018-12",
ents="""
regeringen|ORG|Regeringen
Miljö- och energidepartementets|ORG|Miljö- och energidepartementet
Regeringen|ORG
Statens geotekniska instituts|ORG|Statens geotekniska institut
Regeringen|ORG
Statens geotekniska instituts|ORG|Statens geotekniska institut
SGI|ORG|Statens geotekniska institut
SGI|ORG|Statens geotekniska institut
Statens geotekniska institut|ORG
Regeringen|ORG
riksdagens|ORG|Riksdagen
regeringens|ORG|Regeringen
näringsutskottets|ORG|Näringsutskottet
Christina Nordenbladh|PER
SGI|ORG|Statens geotekniska institut
Christoffer Sheats|PER
Egon Abresparr|PER
""",
dates="""
15 november 2018|2018-11-15|day
15 november|2018-11-15|day
1 december 2018|2018-12-01|day
1 januari 2019|2019-01-01|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/rapporter/2001/11/riktlinjer-for-statsskuldens-forvaltning-2002.md", doc_date="2001-11",
ents="""
Regeringens|ORG|Regeringen
""",
dates="""
2002|2002|year
Årets|2001|year
2002-2004|2002/2004|range
2003|2003|year
2004|2004|year
""",
roles="""
"""),

dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2019/04/dir.-201917.md", doc_date="2019-04",
ents="""
""",
dates="""
dagens|2019-04|day
31 maj 2020|2020-05-31|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2023/01/regeringen-instammer-i-riksrevisionens-kritik-i-rapporten-om-statsbidraget-till-studieforbunden.md", doc_date="2023-01",
ents="""
Regeringen|ORG
Riksrevisionens|ORG|Riksrevisionen
Riksrevisionen|ORG
Riksrevisionens|ORG|Riksrevisionen
Folkbildningsrådets|ORG|Folkbildningsrådet
regeringens|ORG|Regeringen
Regeringen|ORG
Riksrevisionen|ORG
Regeringen|ORG
Folkbildningsrådet|ORG
regeringen|ORG|Regeringen
Mats Persson|PER
regeringen|ORG|Regeringen
Folkbildningsrådet|ORG
Studieförbunden|ORG
regeringen|ORG|Regeringen
Folkbildningsrådet|ORG
regeringen|ORG|Regeringen
Folkbildningsrådet|ORG
regeringen|ORG|Regeringen
Regeringskansliet|ORG
Folkbildningsrådets|ORG|Folkbildningsrådet
Utredningen om styrning och uppföljning av folkbildningen – vägval inför framtiden|ORG
Statskontoret|ORG
Folkbildningsrådet|ORG
""",
dates="""
I höstas|2022-FA|season
2023|2023|year
""",
roles="""
Mats Persson|utbildningsminister|utbildningsminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2024/07/herman-sundqvist-far-forlangd-anstallning-som-generaldirektor-for-skogsstyrelsen.md", doc_date="2024-07",
ents="""
Herman Sundqvist|PER
Skogsstyrelsen|ORG
Herman Sundqvists|PER|Herman Sundqvist
Herman Sundqvist|PER
Regeringen|ORG
EU|ORG|Europeiska unionen
Herman Sundqvists|PER|Herman Sundqvist
Peter Kullgren|PER
Skogsstyrelsen|ORG
Herman Sundqvist|PER
""",
dates="""
februari 2025|2025-02|month
sex plus tre år|P9Y|duration
ett år|P1Y|duration
""",
roles="""
Herman Sundqvist|generaldirektör|generaldirektör|Skogsstyrelsen
Peter Kullgren|landsbygdsminister|landsbygdsminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/04/registerkontrollen-i-skolan-ska-utokas-och-skarpas.md", doc_date="2025-04",
ents="""
Ulrika Ihrfeldt|PER
regeringen|ORG|Regeringen
Johan Pehrson|PER
""",
dates="""
april 2024|2024-04|month
idag|2025-04|day
6 månader|P6M|duration
dagens|2025-04|day
12 månader|P12M|duration
""",
roles="""
Ulrika Ihrfeldt|hovrättsråd|hovrättsrådet|
Johan Pehrson|utbildningsminister|utbildningsminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2024/05/varldsledare-och-experter-i-sverige-for-samtal-om-atgarder-mot-antibiotikaresistens.md", doc_date="2024-05",
ents="""
Sverige|LOC
Jakob Forssmed|PER
Sigtuna|LOC
FN:s generalförsamling|ORG
Sigtuna|LOC
Simon Hoff|PER
""",
dates="""
september i år|2024-09|month
""",
roles="""
Jakob Forssmed|socialminister|socialminister|
Simon Hoff|pressekreterare|pressekreterare|
"""),

dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2009/10/dir.-200996.md", doc_date="2009-10",
ents="""
Stiftelsen Svenska rikskonserters|ORG|Stiftelsen Svenska rikskonserter
""",
dates="""
2011|2011|year
15 februari 2010|2010-02-15|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2019/01/ny-svensk-domare-i-europadomstolen-utsedd-av-europaradets-parlamentariska-forsamling.md", doc_date="2019-01",
ents="""
Europadomstolen|ORG
Europarådets|ORG|Europarådet
Erik Wennerström|PER
Brottsförebyggande rådet|ORG
Uppsala universitet|ORG
Utrikesdepartementet|ORG
Justitiedepartementet|ORG
EU-kommissionen|ORG|Europeiska kommissionen
Erik Wennerström|PER
Helena Jäderblom|PER
Europadomstolen|ORG
Högsta Förvaltningsdomstolen|ORG|Högsta förvaltningsdomstolen
""",
dates="""
2012|2012|year
sex år|P6Y|duration
september 2018|2018-09|month
""",
roles="""
Erik Wennerström|domare|domare|Europadomstolen|implicit|status=incoming
Erik Wennerström|generaldirektör|generaldirektör|Brottsförebyggande rådet
Erik Wennerström|folkrättsrådgivare|folkrättsrådgivare|Utrikesdepartementet|status=former
Helena Jäderblom|domare|domare|Europadomstolen|status=former
Helena Jäderblom|ordförande|ordförande|Högsta förvaltningsdomstolen
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2021/11/uppdrag-att-inventera-relevanta-aktorers-kunskap-om-valdsutsatthet-bland-personer-med-funktionsnedsattning-och-foresla-atgarder.md", doc_date="2021-11",
ents="""
Regeringen|ORG
Myndigheten för delaktighet|ORG
Myndigheten för delaktighet|ORG
regeringen|ORG|Regeringen
Arbetsmarknadsdepartementet|ORG
Socialdepartementet|ORG
""",
dates="""
31 januari 2023|2023-01-31|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2005/06/dir.-200577.md", doc_date="2005-06",
ents="""
Regeringen|ORG
Sverige|LOC
""",
dates="""
""",
roles="""
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2016/03/uppdrag-till-arbetsformedlingen-om-romsk-inkludering.md", doc_date="2016-03",
ents="""
Arbetsförmedlingen|ORG
Regeringen|ORG
Arbetsförmedlingen|ORG
Arbetsförmedlingen|ORG
Arbetsförmedlingen|ORG
Arbetsförmedlingen|ORG
Arbetsförmedlingen|ORG
Länsstyrelsen i Stockholms län|ORG
Regeringskansliet|ORG
Kulturdepartementet|ORG
Arbetsmarknadsdepartementet|ORG
""",
dates="""
2016–2019|2016/2019|range
2012–2015|2012/2015|range
2017–2020|2017/2020|range
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2023/09/ukrainagarantier-som-ett-nytt-svenskt-exportstod.md", doc_date="2023-09",
ents="""
Regeringen|ORG
Ukraina|LOC
Ukraina|LOC
Ukraina|LOC
Exportkreditnämnden|ORG
Ukrainas|LOC|Ukraina
regeringens|ORG|Regeringen
Johan Forssell|PER
Regeringen|ORG
riksdagen|ORG|Riksdagen
regeringen|ORG|Regeringen
Sverigedemokraterna|ORG
""",
dates="""
2024–2026|2024/2026|range
2024|2024|year
2024|2024|year
tre år|P3Y|duration
2026|2026|year
2024|2024|year
""",
roles="""
Johan Forssell|bistånds- och utrikeshandelsminister|bistånds- och utrikeshandelsminister|
"""),

dict(source="shared:regeringen-raw/artiklar/2019/12/regelandringar-beslutade-den-5-december-2019.md", doc_date="2019-12",
ents="""
Regeringen|ORG
Pia-Maria Lindroos|PER
""",
dates="""
5 december 2019|2019-12-05|day
2020|2020|year
dagens|2019-12|day
dagens|2019-12|day
1 januari 2020|2020-01-01|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/remisser/2026/01/remiss-av-promemorian-kontaktpunkter-tillstand-och-tidsfrister-enligt-eu-forordningen-om-kritiska-ramaterial-och-eu-forordningen-om-nettonollindustri.md", doc_date="2026-01",
ents="""
""",
dates="""
13 april 2026|2026-04-13|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2023/07/dir.-2023114.md", doc_date="2023-07",
ents="""
Utredningen om fler vägar till arbetslivet|ORG
""",
dates="""
4 november 2024|2024-11-04|day
""",
roles="""
"""),
]
