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
]
