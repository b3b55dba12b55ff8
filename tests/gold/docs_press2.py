"""Gold annotations, second batch (issue 10): press releases chosen by select_press_extra.py.

Pre-annotated with the pipeline (preannotate.py), then every line checked and corrected by reading the full text
against GUIDELINES.md. Which of these documents are test documents: split.json. Notation: see build_gold.py.
"""

P = "shared:regeringen-pressmeddelanden/"

DOCS = [
dict(source=P + "2015/04/per-hall-blir-ny-rattschef-i-statsradsberedningen.md", doc_date="2015-04",
ents="""
Per Hall|PER
Statsrådsberedningen|ORG
Per Hall|PER
Statsrådsberedningen|ORG
Regeringskansliet|ORG
Per Hall|PER
Per Hall|PER
Hovrätten för Västra Sverige|ORG
Valmyndighetens nämnd|ORG
Migrationsverkets|ORG|Migrationsverket
Regeringskansliet|ORG
Justitiedepartementet|ORG
Per Hall|PER
riksdagen|ORG|Riksdagen
""",
dates="""
18 maj 2015|2015-05-18|day
2012|2012|year
1998|1998|year
2012|2012|year
2007|2007|year
""",
roles="""
Per Hall|rättschef|rättschef|Statsrådsberedningen
Per Hall|hovrättspresident|hovrättspresident|Hovrätten för Västra Sverige
Per Hall|ledamot|ledamot|Valmyndighetens nämnd
Per Hall|ledamot|ledamot|Migrationsverket
Per Hall|rättschef|rättschef|Justitiedepartementet
Per Hall|utredningssekreterare|utredningssekreterare|Riksdagen
Per Hall|föredragande|föredragande|Riksdagen
"""),

dict(source=P + "2016/05/ny-ambassador-i-jordanien.md", doc_date="2016-05",
ents="""
Jordanien|LOC
Regeringen|ORG
Erik Ullenhag|PER
Amman|LOC
Erik Ullenhag|PER
finansutskottet|ORG|Finansutskottet
Liberalernas|ORG|Liberalerna
Erik Ullenhag|PER
UD|ORG|Utrikesdepartementet
UD:s|ORG|Utrikesdepartementet
UD|ORG|Utrikesdepartementet
Liberalerna|ORG
Erik Ullenhag|PER
""",
dates="""
idag|2016-05|day
2001|2001|year
Hösten 2002|2002-FA|season
2010|2010|year
2014|2014|year
september i år|2016-09|month
""",
roles="""
Erik Ullenhag|ambassadör|ambassadör|
Erik Ullenhag|riksdagsledamot|riksdagsledamot|
Erik Ullenhag|ledamot|ledamot i finansutskottet|Finansutskottet
Erik Ullenhag|gruppledare|gruppledare|Liberalerna
Erik Ullenhag|partisekreterare|partisekreterare|Liberalerna
Erik Ullenhag|integrations- och biträdande arbetsmarknadsminister|integrations- och biträdande arbetsmarknadsminister|
"""),

dict(source=P + "2017/04/jan-eliasson-ny-styrelseordforande-for-sipri.md", doc_date="2017-04",
ents="""
Jan Eliasson|PER
SIPRI|ORG|Stockholms internationella fredsforskningsinstitut
Jan Eliasson|PER
FN|ORG|Förenta nationerna
Sveriges|LOC|Sverige
FN:s generalförsamling|ORG
Washington|LOC
Jan Eliasson|PER
SIPRI|ORG|Stockholms internationella fredsforskningsinstitut
SIPRI|ORG|Stockholms internationella fredsforskningsinstitut
SIPRI|ORG|Stockholms internationella fredsforskningsinstitut
SIPRI|ORG|Stockholms internationella fredsforskningsinstitut
SIPRI:s|ORG|Stockholms internationella fredsforskningsinstitut
""",
dates="""
1 juni 2017|2017-06-01|day
1966|1966|year
""",
roles="""
Jan Eliasson|styrelseordförande|styrelseordförande|Stockholms internationella fredsforskningsinstitut
Jan Eliasson|vice generalsekreterare|vice generalsekreterare|Förenta nationerna
Jan Eliasson|utrikesminister|utrikesminister|
Jan Eliasson|ordförande|ordförande|FN:s generalförsamling
Jan Eliasson|fn-ambassadör|FN-ambassadör|
Jan Eliasson|ambassadör|ambassadör|
"""),

dict(source=P + "2021/11/sverige-blir-ordforandeland-i-regionalt-samarbetsorgan-om-halsa-och-socialt-valbefinnande.md",
     doc_date="2021-11",
ents="""
Sverige|LOC
EU|ORG|Europeiska unionen
Nordiska ministerrådet|ORG
WHO|ORG
Ryssland|LOC
Norge|LOC
Island|LOC
Folkhälsomyndigheten|ORG
Socialstyrelsen|ORG
Sverige|LOC
Finland|LOC
Estland|LOC
Lettland|LOC
Litauen|LOC
Polen|LOC
Tyskland|LOC
Ryssland|LOC
Norge|LOC
Island|LOC
""",
dates="""
fem åren|P5Y|duration
25 november|2021-11-25|day
"""),

dict(source=P + "2022/11/regeringen-mojliggor-stod-fran-europeiska-havs--fiskeri--och-vattenbruksfonden.md",
     doc_date="2022-11",
ents="""
Regeringen|ORG
Sveriges|LOC|Sverige
EU:s|ORG|Europeiska unionen
Regeringens|ORG|Regeringen
Jordbruksverket|ORG
Jordbruksverket|ORG
Jordbruksverket|ORG
Havs- och vattenmyndigheten|ORG
""",
dates="""
2021–2027|2021/2027|range
2021–2027|2021/2027|range
"""),

dict(source=P + "2023/05/civilministern-besoker-lansstyrelsen-i-jonkopings-lan.md", doc_date="2023-05",
ents="""
Länsstyrelsen i Jönköpings län|ORG
Erik Slottner|PER
Helena Jonsson|PER
Forum för utveckling|ORG
Råslätt|LOC
Jönköpings län|LOC
Jönköpings|LOC|Jönköping
Råslätt|LOC
Erik Slottner|PER
""",
dates="""
idag|2023-05|day
""",
roles="""
Erik Slottner|civilminister|Civilministern||implicit
Helena Jonsson|landshövding|landshövding|Länsstyrelsen i Jönköpings län|implicit
"""),

dict(source=P + "2024/01/regeringen-samlade-berorda-myndigheter-med-anledning-av-storskalig-cyberattackregeringen-"
     "samlade-berorda-myndigheter-med-anledning-av-storskalig-cyberattack.md", doc_date="2024-01",
ents="""
Regeringen|ORG
Försvarsdepartementet|ORG
Myndigheten för samhällsskydd och beredskap|ORG
MSB|ORG|Myndigheten för samhällsskydd och beredskap
Förvarets radioanstalt|ORG|Försvarets radioanstalt
FRA|ORG|Försvarets radioanstalt
Säkerhetspolisen|ORG
Post- och telestyrelsen|ORG
PTS|ORG|Post- och telestyrelsen
Försvarsmakten|ORG
Polismyndigheten|ORG
Försvarets Materielverk|ORG|Försvarets materielverk
FMV|ORG|Försvarets materielverk
Regeringskansliet|ORG
Carl-Oskar Bohlin|PER
NCSC|ORG
Sveriges|LOC|Sverige
regeringen|ORG|Regeringen
NCSC|ORG
Sverige|LOC
Carl-Oskar Bohlin|PER
"""),

dict(source=P + "2025/03/regeringen-starker-stodet-till-nationella-kvalitetsregister.md", doc_date="2025-03",
ents="""
Regeringen|ORG
Acko Ankarberg Johansson|PER
Socialstyrelsen|ORG
Socialstyrelsen|ORG
Regeringen|ORG
Regeringen|ORG
SKR|ORG|Sveriges Kommuner och Regioner
Socialstyrelsen|ORG
Socialstyrelsen|ORG
regeringen|ORG|Regeringen
""",
dates="""
2025|2025|year
oktober 2024|2024-10|month
2025|2025|year
föregående år|2024|year
""",
roles="""
Acko Ankarberg Johansson|sjukvårdsminister|sjukvårdsminister|
"""),

dict(source=P + "2026/01/regeringen-har-bjudit-in-riksdagspartierna-att-nominera-ledamoter-till-forsvarsberedningen.md",
     doc_date="2026-01",
ents="""
Regeringen|ORG
Försvarsberedningen|ORG
försvarsberedningen|ORG|Försvarsberedningen
Natos|ORG|Nato
försvarsberedningens|ORG|Försvarsberedningen
Jörgen Berglund|PER
M|ORG|Moderaterna
Försvarsberedningen|ORG
regeringen|ORG|Regeringen
riksdagen|ORG|Riksdagen
Sveriges|LOC|Sverige
Försvarsberedningens|ORG|Försvarsberedningen
regeringen|ORG|Regeringen
riksdagen|ORG|Riksdagen
Försvarsberedningen|ORG
""",
dates="""
januari|2026-01|month
19 juni 2025|2025-06-19|day
2024|2024|year
idag|2026-01|day
vårens|2026-SP|season
""",
roles="""
Jörgen Berglund|ordförande|ordförande|Försvarsberedningen
"""),

dict(source=P + "2015/03/dan-smith-ny-direktor-for-sipri.md", doc_date="2015-03",
ents="""
Dan Smith|PER
SIPRI|ORG|Stockholms internationella fredsforskningsinstitut
Regeringen|ORG
Dan Smith|PER
Stockholms internationella fredsforskningsinstitut|ORG
SIPRI|ORG|Stockholms internationella fredsforskningsinstitut
Dan Smith|PER
International Alert|ORG
PRIO|ORG
universitetet i Manchester|ORG|Universitetet i Manchester
Dan Smith|PER
SIPRI|ORG|Stockholms internationella fredsforskningsinstitut
SIPRI|ORG|Stockholms internationella fredsforskningsinstitut
SIPRI|ORG|Stockholms internationella fredsforskningsinstitut
SIPRI|ORG|Stockholms internationella fredsforskningsinstitut
SIPRI:s|ORG|Stockholms internationella fredsforskningsinstitut
""",
dates="""
idag|2015-03|day
1 september 2015|2015-09-01|day
1966|1966|year
""",
roles="""
Dan Smith|direktör|ny direktör|Stockholms internationella fredsforskningsinstitut
Dan Smith|generalsekreterare|generalsekreterare|International Alert
Dan Smith|direktör|direktör|PRIO
Dan Smith|professor|professor|Universitetet i Manchester
"""),

dict(source=P + "2016/05/ny-ambassador-i-spanien.md", doc_date="2016-05",
ents="""
Spanien|LOC
Regeringen|ORG
Lars-Hjalmar Wide|PER
Madrid|LOC
Lars-Hjalmar Wide|PER
Heliga stolen|LOC
Malta|LOC
Havanna|LOC
Madrid|LOC
Tel Aviv|LOC
FN-representationen|ORG
New York|LOC
Utrikesdepartementet|ORG
Inspektionen för strategiska produkter|ORG
Jan Eliassons|PER|Jan Eliasson
FN:s generalförsamling|ORG
UD|ORG|Utrikesdepartementet
Kungliga hovstaterna|ORG
Islamabad|LOC
Lars-Hjalmar Wide|PER
""",
dates="""
idag|2016-05|day
september i år|2016-09|month
""",
roles="""
Lars-Hjalmar Wide|ambassadör|ambassadören|
Lars-Hjalmar Wide|sändebud|sändebud|
Lars-Hjalmar Wide|enhetschef|chef för Amerikaenheten|Utrikesdepartementet
Lars-Hjalmar Wide|generaldirektör|generaldirektör|Inspektionen för strategiska produkter
Lars-Hjalmar Wide|kanslichef|chef för Jan Eliassons kansli|
Lars-Hjalmar Wide|protokollchef|protokollchef|Utrikesdepartementet
Lars-Hjalmar Wide|förste hovmarskalk|förste hovmarskalk|Kungliga hovstaterna
Jan Eliasson|ordförande|ordförandeskap|FN:s generalförsamling|implicit
"""),

dict(source=P + "2017/03/ambassador-for-barn-och-vapnad-konflikt-utses.md", doc_date="2017-03",
ents="""
Sverige|LOC
FN:s säkerhetsråd|ORG
FN:s arbetsgrupp för barn och väpnad konflikt|ORG
Sveriges|LOC|Sverige
Olof Skoog|PER
Gufran Al-Nadaf|PER
Utrikesdepartementet|ORG
Stockholm|LOC
Sveriges|LOC|Sverige
regeringens|ORG|Regeringen
Gufran Al-Nadaf|PER
Sveriges|LOC|Sverige
Argentina|LOC
UD:s|ORG|Utrikesdepartementet
UD:s|ORG|Utrikesdepartementet
Al-Nadaf|PER|Gufran Al-Nadaf
Lima|LOC
Damaskus|LOC
""",
dates="""
två år|P2Y|duration
två åren|P2Y|duration
""",
roles="""
Olof Skoog|fn-ambassadör|FN-ambassadör|
Olof Skoog|ordförande|ordförande i arbetsgruppen|FN:s arbetsgrupp för barn och väpnad konflikt
Gufran Al-Nadaf|ambassadör|ambassadör för frågor om barn och väpnad konflikt|Utrikesdepartementet|implicit
Gufran Al-Nadaf|ambassadör|ambassadör|
"""),

dict(source=P + "2019/07/tidigare-generaladvokaten-nils-wahl-utses-till-ny-svensk-domare-vid-eu-domstolen.md",
     doc_date="2019-07",
ents="""
Nils Wahl|PER
EU-domstolen|ORG|Europeiska unionens domstol
Coreper II|ORG
EU-domstolen|ORG|Europeiska unionens domstol
tribunalen|ORG|Tribunalen
EU-domstolen|ORG|Europeiska unionens domstol
Sveriges|LOC|Sverige
Nils Wahl|PER
regeringen|ORG|Regeringen
Nils Wahl|PER
EU-domstolen|ORG|Europeiska unionens domstol
Carl Gustav Fernlund|PER
Nils Wahl|PER
Stockholms universitet|ORG
Nils Wahl|PER
tribunalen|ORG|Tribunalen
EU-domstolen|ORG|Europeiska unionens domstol
""",
dates="""
gårdagens|2019-07|day
21 mars 2019|2019-03-21|day
7 oktober 2019|2019-10-07|day
1994–2001|1994/2001|range
år 1995|1995|year
2001|2001|year
2006–2012|2006/2012|range
november 2012|2012-11|month
februari 2019|2019-02|month
""",
roles="""
Nils Wahl|generaladvokat|generaladvokaten|Europeiska unionens domstol
Nils Wahl|domare|ny svensk domare|Europeiska unionens domstol
Carl Gustav Fernlund|domare|svenske domaren|Europeiska unionens domstol
Nils Wahl|universitetslektor|universitetslektor|Stockholms universitet
Nils Wahl|professor|professor|Stockholms universitet|implicit
Nils Wahl|domare|domare i tribunalen|Tribunalen
"""),

dict(source=P + "2022/10/nya-statssekreterare-i-regeringskansliet2.md", doc_date="2022-10",
ents="""
Regeringskansliet|ORG
Statsrådsberedningen|ORG
Regeringen|ORG
PM Nilsson|PER
PM Nilsson|PER
Finansdepartementet|ORG
Regeringen|ORG
Natasa Ristic Davidson|PER
Erik Slottner|PER
Natasa Ristic Davidson|PER
Infrastrukturdepartementet|ORG
Regeringen|ORG
Johan Davidson|PER
Andreas Carlson|PER
Justitiedepartementet|ORG
Regeringen|ORG
Mikael Kullberg|PER
Gunnar Strömmer|PER
Näringsdepartementet|ORG
Regeringen|ORG
Sara Modig|PER
Ebba Busch|PER
Socialdepartementet|ORG
Regeringen|ORG
Minna Ljunggren|PER
Camilla Waltersson Grönvall|PER
Minna Ljunggren|PER
""",
dates="""
21 november 2022|2022-11-21|day
4 november 2022|2022-11-04|day
1 november 2022|2022-11-01|day
""",
roles="""
PM Nilsson|statssekreterare|statssekreterare|Statsrådsberedningen|implicit
Natasa Ristic Davidson|statssekreterare|statssekreterare|Finansdepartementet|implicit
Johan Davidson|statssekreterare|statssekreterare|Infrastrukturdepartementet|implicit
Mikael Kullberg|statssekreterare|statssekreterare|Justitiedepartementet|implicit
Sara Modig|statssekreterare|statssekreterare|Näringsdepartementet|implicit
Minna Ljunggren|statssekreterare|statssekreterare|Socialdepartementet|implicit
Erik Slottner|civilminister|civilminister|
Andreas Carlson|infrastruktur- och bostadsminister|infrastruktur- och bostadsminister|
Gunnar Strömmer|justitieminister|justitieminister|
Ebba Busch|energi- och näringsminister|energi- och näringsminister|
Camilla Waltersson Grönvall|socialtjänstminister|socialtjänstminister|
"""),

dict(source=P + "2023/07/lena-lindgren-schelin-utnamnd-till-ny-generaldirektor-for-kustbevakningen.md",
     doc_date="2023-07",
ents="""
Lena Lindgren Schelin|PER
Kustbevakningen|ORG
Kustbevakningen|ORG
regeringen|ORG|Regeringen
Lena Lindgren Schelin|PER
Kustbevakningen|ORG
Carl-Oskar Bohlin|PER
Lena Lindgren Schelin|PER
Lena Lindgren Schelin|PER
Integritetsskyddsmyndigheten|ORG
IMY|ORG|Integritetsskyddsmyndigheten
Ekobrottsmyndigheten|ORG
Skolinspektionen|ORG
Lindgren Schelin|PER|Lena Lindgren Schelin
""",
dates="""
i dag|2023-07|day
2018|2018|year
""",
roles="""
Lena Lindgren Schelin|generaldirektör|ny generaldirektör|Kustbevakningen
Lena Lindgren Schelin|generaldirektör|generaldirektör|Integritetsskyddsmyndigheten
Carl-Oskar Bohlin|minister för civilt försvar|minister för civilt försvar|
"""),

dict(source=P + "2024/10/finansminister-elisabeth-svantesson-vald-till-ordforande-for-varldsbanken-och-internationella-"
     "valutafondens-utvecklingskommitte.md", doc_date="2024-10",
ents="""
Elisabeth Svantesson|PER
Världsbanken|ORG
Internationella Valutafondens|ORG|Internationella valutafonden
Utvecklingskommittén|ORG
Elisabeth Svantesson|PER
Mohamed bin Hadi Al Hussaini|PER
Förenade Arabemiraten|LOC
utvecklingskommittén|ORG|Utvecklingskommittén
utvecklingskommitténs|ORG|Utvecklingskommittén
utvecklingskommittén|ORG|Utvecklingskommittén
Elisabeth Svantesson|PER
Elisabeth Svantesson|PER
Utvecklingskommittén|ORG
Världsbanksgruppens|ORG|Världsbanksgruppen
Ajay Banga|PER
""",
dates="""
oktober 2022|2022-10|month
""",
roles="""
Elisabeth Svantesson|finansminister|Finansminister|
Elisabeth Svantesson|ordförande|ordförande|Utvecklingskommittén
Mohamed bin Hadi Al Hussaini|ordförande|lett kommittén|Utvecklingskommittén|implicit
Ajay Banga|chef|chef|Världsbanksgruppen
"""),

dict(source=P + "2025/09/nya-forhandlingar-for-infrastrukturprojekt-i-stockholm.md", doc_date="2025-09",
ents="""
Stockholm|LOC
Andreas Carlson|PER
Stockholmsförhandling|ORG|Stockholmsförhandlingen
Sverigeförhandlingen|ORG
Stockholms län|LOC
Slussen|LOC
Catharina Elmsäter-Svärd|PER
Stockholmsförhandling|ORG|Stockholmsförhandlingen
Sverigeförhandlingens|ORG|Sverigeförhandlingen
""",
dates="""
2013|2013|year
2013|2013|year
18 november 2025|2025-11-18|day
""",
roles="""
Andreas Carlson|infrastruktur- och bostadsminister|infrastruktur- och bostadsminister|
Catharina Elmsäter-Svärd|förhandlingsperson|förhandlingsperson|
Catharina Elmsäter-Svärd|ordförande|tillfällig ordförande|
"""),

dict(source=P + "2026/01/genomforandet-av-eu-krav-pa-vattenmiljo-i-natura-2000-omraden-ska-ses-over.md",
     doc_date="2026-01",
ents="""
regeringen|ORG|Regeringen
Romina Pourmokhtari|PER
EU:s|ORG|Europeiska unionen
Mats Wiberg|PER
Statens fastighetsverk|ORG
""",
dates="""
i dag|2026-01|day
30 november 2026|2026-11-30|day
""",
roles="""
Romina Pourmokhtari|klimat- och miljöminister|klimat- och miljöminister|
Mats Wiberg|rättschef|rättschef|Statens fastighetsverk
Mats Wiberg|särskild utredare|särskild utredare|
"""),

dict(source=P + "2016/11/frida-johansson-metso-och-robert-damberg-invalda-till-systembolagets-styrelse.md",
     doc_date="2016-11",
ents="""
Frida Johansson Metso|PER
Robert Damberg|PER
Systembolagets|ORG|Systembolaget
Regeringen|ORG
Systembolaget|ORG
Frida Johansson Metso|PER
Robert Damberg|PER
Systembolaget|ORG
Gabriel Wikström|PER
Frida Johansson Metso|PER
Röda Korsets center för torterade flyktingar|ORG
Folkpartiet Liberalernas|ORG|Folkpartiet Liberalerna
Robert Damberg|PER
Uppsala län|LOC
Ungdomens Nykterhetsförbund|ORG
LSU – Sveriges Ungdomsorganisationer|ORG
""",
roles="""
Frida Johansson Metso|ledamot|invalda till Systembolagets styrelse|Systembolaget
Robert Damberg|ledamot|invalda till Systembolagets styrelse|Systembolaget
Gabriel Wikström|folkhälso-, sjukvårds- och idrottsminister|folkhälso-, sjukvårds- och idrottsminister|
Frida Johansson Metso|biträdande verksamhetschef|biträdande verksamhetschef|Röda Korsets center för torterade flyktingar
Frida Johansson Metso|ledamot|partistyrelse|Folkpartiet Liberalerna|implicit
Robert Damberg|landstingsråd|landstingsråd|
"""),

dict(source=P + "2022/11/regeringen-satsar-pa-atervatning-av-dikade-vatmarker.md", doc_date="2022-11",
ents="""
Regeringen|ORG
Regeringen|ORG
Romina Pourmokhtari|PER
Skogsstyrelsen|ORG
regeringen|ORG|Regeringen
Sveriges|LOC|Sverige
Sverigedemokraterna|ORG
Moderaterna|ORG
Kristdemokraterna|ORG
Liberalerna|ORG
""",
dates="""
2023|2023|year
""",
roles="""
Romina Pourmokhtari|klimat- och miljöminister|klimat- och miljöminister|
"""),

dict(source=P + "2023/02/uppdrag-om-starkt-stod-i-det-brottsforebyggande-arbetet2.md", doc_date="2023-02",
ents="""
regeringen|ORG|Regeringen
regeringen|ORG|Regeringen
Brås|ORG|Brottsförebyggande rådet
Brå|ORG|Brottsförebyggande rådet
Brå|ORG|Brottsförebyggande rådet
Brå|ORG|Brottsförebyggande rådet
Brå|ORG|Brottsförebyggande rådet
Gunnar Strömmer|PER
""",
dates="""
december förra året|2022-12|month
1 juli i år|2023-07-01|day
31 mars 2025|2025-03-31|day
""",
roles="""
Gunnar Strömmer|justitieminister|justitie­minister|
"""),

dict(source=P + "2024/03/18-miljoner-mer-till-arbetet-mot-mans-vald-mot-kvinnor.md", doc_date="2024-03",
ents="""
Regeringens|ORG|Regeringen
Paulina Brandberg|PER
""",
dates="""
2024|2024|year
""",
roles="""
Paulina Brandberg|jämställdhetsminister|jämställdhetsminister|
"""),

dict(source=P + "2025/12/tydligare-ansvar-for-kommuner-och-regioner-vid-kris-och-krig.md", doc_date="2025-12",
ents="""
Sveriges|LOC|Sverige
Sverige|LOC
Carl-Oskar Bohlin|PER
Elisabet Lann|PER
regeringens|ORG|Regeringen
riksdagen|ORG|Riksdagen
riksdagen|ORG|Riksdagen
regeringens|ORG|Regeringen
regeringen|ORG|Regeringen
""",
dates="""
maj i år|2025-05|month
19 november|2025-11-19|day
i dag|2025-11-27|day
27 november|2025-11-27|day
1 januari 2026|2026-01-01|day
""",
roles="""
Carl-Oskar Bohlin|minister för civilt försvar|minister för civilt försvar|
Elisabet Lann|sjukvårdsminister|sjukvårdsminister|
"""),

dict(source=P + "2026/01/regeringen-antar-detaljplan-for-ny-grafitgruva-i-kiruna-kommun.md", doc_date="2026-01",
ents="""
Regeringen|ORG
Kiruna kommun|ORG
Nunasvaara|LOC
Kiruna kommun|ORG
Europas|LOC|Europa
Sveriges|LOC|Sverige
EU:s|ORG|Europeiska unionen
regeringen|ORG|Regeringen
Andreas Carlson|PER
Sverige|LOC
Europa|LOC
Ebba Busch|PER
Regeringens|ORG|Regeringen
länsstyrelsen i Norrbottens län|ORG|Länsstyrelsen i Norrbottens län
regeringens|ORG|Regeringen
regeringens|ORG|Regeringen
Länsstyrelsen i Norrbottens län|ORG
""",
dates="""
22 januari 2026|2026-01-22|day
""",
roles="""
Andreas Carlson|infrastruktur- och bostadsminister|infrastruktur- och bostadsminister|
Ebba Busch|energi- och näringsminister|energi - och näringsminister|
"""),

dict(source=P + "2015/04/ud-och-business-sweden-diskuterar-nya-affarsmojligheter-i-centraleuropa-med-svenskt-"
     "naringsliv.md", doc_date="2015-04",
ents="""
UD|ORG|Utrikesdepartementet
Business Sweden|ORG
Centraleuropa|LOC
Centraleuropa|LOC
EU|ORG|Europeiska unionen
Stockholm|LOC
Göteborg|LOC
UD|ORG|Utrikesdepartementet
Business Sweden|ORG
regeringen|ORG|Regeringen
Business Sweden|ORG
Polen|LOC
Slovakien|LOC
Rumänien|LOC
Tjeckien|LOC
Ungern|LOC
Bulgarien|LOC
Slovenien|LOC
Kroatien|LOC
Eva Walder|PER
Business Swedens|ORG|Business Sweden
Anna Ekberg|PER
Utrikesdepartementet|ORG
Stockholm|LOC
""",
dates="""
13 april|2015-04-13|day
14 april|2015-04-14|day
2020|2020|year
Måndag 13 april|2015-04-13|day
""",
roles="""
Eva Walder|utrikesråd|utrikesråd för handelsfrågor|Utrikesdepartementet|implicit
"""),

dict(source=P + "2016/06/bidrag-till-civila-samhallets-organisationer-ska-bli-mer-langsiktiga.md", doc_date="2016-06",
ents="""
Kulturdepartementet|ORG
Gunnar Larsson|PER
Gunnar Larsson|PER
""",
dates="""
15 april 2017|2017-04-15|day
""",
roles="""
Gunnar Larsson|generaldirektör|generaldirektör|
"""),

dict(source=P + "2017/06/skrivelse-om-sveriges-samlade-politik-for-internationell-civil-och-militar-krishantering.md",
     doc_date="2017-06",
ents="""
Sveriges|LOC|Sverige
Sverige|LOC
FN|ORG|Förenta nationerna
EU|ORG|Europeiska unionen
Organisationen för säkerhet och samarbete i Europa|ORG
OSSE|ORG|Organisationen för säkerhet och samarbete i Europa
Nato|ORG
Afrikanska unionen|ORG
AU|ORG|Afrikanska unionen
regeringens|ORG|Regeringen
regeringen|ORG|Regeringen
"""),

dict(source=P + "2018/09/svenska-institutet-i-alexandria-flyttar.md", doc_date="2018-09",
ents="""
Svenska institutet i Alexandria|ORG
Alexandria|LOC
regeringen|ORG|Regeringen
Sveriges|LOC|Sverige
Kairo|LOC
Sveriges|LOC|Sverige
Sverige|LOC
"""),

dict(source=P + "2019/10/pressinbjudan-sveriges-utsanda-kulturrad-samlas-i-stockholm.md", doc_date="2019-10",
ents="""
Sveriges|LOC|Sverige
Stockholm|LOC
Mike Bode|PER
Sveriges generalkonsulat i Istanbul|ORG
Stefan Ingvarsson|PER
Sveriges ambassad i Moskva|ORG
Hedda Krausz Sjögren|PER
Sveriges ambassad i Pretoria|ORG
Ewa Kumlin|PER
Svenska Institutet i Paris|ORG|Svenska institutet i Paris
Mathias Lafolie|PER
Sveriges ambassad i Peking|ORG
Pia Lundberg|PER
Sveriges ambassad i London|ORG
Nina Katarina Karlsson|PER
Sveriges ambassad i Berlin|ORG
Mikael Schultz|PER
Sveriges ständiga representation vid Europeiska unionen|ORG
Bryssel|LOC
Linda Zachrisson|PER
Sveriges ambassad i Washington DC|ORG|Sveriges ambassad i Washington
""",
roles="""
Mike Bode|kulturråd|kulturråd|Sveriges generalkonsulat i Istanbul
Stefan Ingvarsson|kulturråd|kulturråd|Sveriges ambassad i Moskva
Hedda Krausz Sjögren|kulturråd|kulturråd|Sveriges ambassad i Pretoria
Ewa Kumlin|kulturråd|kulturråd|Svenska institutet i Paris
Ewa Kumlin|chef|chef|Svenska institutet i Paris
Mathias Lafolie|kulturråd|kulturråd|Sveriges ambassad i Peking
Pia Lundberg|kulturråd|kulturråd|Sveriges ambassad i London
Nina Katarina Karlsson|kulturråd|kulturråd|Sveriges ambassad i Berlin
Mikael Schultz|kulturråd|kulturråd|Sveriges ständiga representation vid Europeiska unionen
Linda Zachrisson|kulturråd|kulturråd|Sveriges ambassad i Washington
"""),

dict(source=P + "2020/08/regeringen-inrattar-ett-kunskapscentrum-om-ryssland-och-osteuropa.md", doc_date="2020-08",
ents="""
Regeringen|ORG
Ryssland|LOC
Östeuropa|LOC
Ryssland|LOC
Östeuropa|LOC
Sveriges|LOC|Sverige
Ryssland|LOC
Ryssland|LOC
Östeuropa|LOC
Regeringen|ORG
Sverige|LOC
Europa|LOC
Ryssland|LOC
Ryssland|LOC
Östeuropa|LOC
Sveriges|LOC|Sverige
Ryssland|LOC
Regeringen|ORG
UI|ORG|Utrikespolitiska institutet
Kunskapscentrum om Ryssland och Östeuropa|ORG
regeringen|ORG|Regeringen
Centerpartiet|ORG
Liberalerna|ORG
"""),

dict(source=P + "2021/10/statsbesok-fran-spanien.md", doc_date="2021-10",
ents="""
Spanien|LOC
Europeiska unionen|ORG
José Manuel Albares|PER
Sverige|LOC
Spanien|LOC
Sverige|LOC
Spanien|LOC
Spanien|LOC
Sveriges|LOC|Sverige
Spanien|LOC
EU|ORG|Europeiska unionen
Stockholm|LOC
Spanien|LOC
UD|ORG|Utrikesdepartementet
""",
dates="""
två dagar|P2D|duration
1979|1979|year
1983|1983|year
torsdagen den 18 november 2021|2021-11-18|day
""",
roles="""
José Manuel Albares|utrikesminister|utrikesminister|
"""),

dict(source=P + "2022/12/regeringen-utreder-system-med-anonyma-vittnen.md", doc_date="2022-12",
ents="""
Regeringen|ORG
regeringen|ORG|Regeringen
Danmark|LOC
Finland|LOC
Norge|LOC
Sverige|LOC
Europa|LOC
Fredrik Wersäll|PER
""",
dates="""
oktober 2023|2023-10|month
våren 2024|2024-SP|season
""",
roles="""
Fredrik Wersäll|utredare|Utredare|
"""),

dict(source=P + "2023/01/lunds-universitet-far-inga-ett-langre-hyresavtal-for-forum-medicum.md", doc_date="2023-01",
ents="""
Lunds universitet|ORG
Lunds universitet|ORG
regeringens|ORG|Regeringen
regeringens|ORG|Regeringen
Lunds universitet|ORG
Lunds universitet|ORG
Sverige|LOC
Mats Persson|PER
""",
dates="""
20 år|P20Y|duration
tio år|P10Y|duration
""",
roles="""
Mats Persson|utbildningsminister|utbildningsminister|
"""),

dict(source=P + "2024/01/effektivare-brottsbekampning-genom-sveriges-deltagande-i-eppo.md", doc_date="2024-01",
ents="""
Sveriges|LOC|Sverige
Eppo|ORG|Europeiska åklagarmyndigheten
Sverige|LOC
Eppo|ORG|Europeiska åklagarmyndigheten
Regeringen|ORG
Sverige|LOC
Eppo|ORG|Europeiska åklagarmyndigheten
Gunnar Strömmer|PER
Eppo|ORG|Europeiska åklagarmyndigheten
EU:s|ORG|Europeiska unionen
Eppos|ORG|Europeiska åklagarmyndigheten
Sverige|LOC
Eppo|ORG|Europeiska åklagarmyndigheten
Regeringen|ORG
Eppos|ORG|Europeiska åklagarmyndigheten
Regeringen|ORG
regeringen|ORG|Regeringen
""",
dates="""
idag|2024-01|day
2024|2024|year
""",
roles="""
Gunnar Strömmer|justitieminister|justitieminister|
"""),

dict(source=P + "2025/06/pal-jonson-till-forsvarsministermoten-i-bryssel.md", doc_date="2025-06",
ents="""
Pål Jonson|PER
Bryssel|LOC
UDCG|ORG
Ukraina|LOC
UDCG|ORG
Ukraina|LOC
Natos|ORG|Nato
Nato-Ukrainarådet|ORG
NATO Ukraine Council|ORG|Nato-Ukrainarådet
NUC|ORG|Nato-Ukrainarådet
Natos|ORG|Nato
Haag|LOC
Pål Jonsons|PER|Pål Jonson
Bryssel|LOC
Ukrainas|LOC|Ukraina
Rustem Umjerov|PER
""",
dates="""
4 juni|2025-06-04|day
24–25 juni|2025-06-24/2025-06-25|range
""",
roles="""
Rustem Umjerov|försvarsminister|försvarsminister|
"""),

dict(source=P + "2026/01/analysuppdrag-starker-forutsattningarna-for-idrott-for-personer-med-funktionsnedsattning.md",
     doc_date="2026-01",
ents="""
Jakob Forssmed|PER
regeringens|ORG|Regeringen
CIF|ORG|Centrum för idrottsforskning
CIF|ORG|Centrum för idrottsforskning
Regeringskansliet|ORG
Socialdepartementet|ORG
""",
dates="""
15 april 2027|2027-04-15|day
""",
roles="""
Jakob Forssmed|socialminister|socialminister|
"""),

dict(source=P + "2022/12/forslag-om-tillfallig-skattefrihet-for-forman-av-laddel-pa-remiss.md", doc_date="2022-12",
ents="""
Finansdepartementet|ORG
Sverigedemokraterna|ORG
Moderaterna|ORG
Kristdemokraterna|ORG
Liberalerna|ORG
""",
dates="""
juli 2023|2023-07|month
tre år|P3Y|duration
1 juli 2023|2023-07-01|day
18 januari 2023|2023-01-18|day
"""),

dict(source=P + "2022/12/andreas-carlson-deltar-i-mote-med-eus-transportministrar.md", doc_date="2022-12",
ents="""
Andreas Carlson|PER
EU:s|ORG|Europeiska unionen
Ukraina|LOC
Andreas Carlson|PER
"""),

dict(source=P + "2022/10/undantagsregler-om-sjukpenning-vid-forlangd-vard-kan-forlangas.md", doc_date="2022-10",
ents="""
Sveriges Kommuner och Regioner|ORG
SKR|ORG|Sveriges Kommuner och Regioner
""",
dates="""
april 2020|2020-04|month
i dag|2022-10|day
31 december 2023|2023-12-31|day
juli 2022|2022-07|month
90 dagar|P90D|duration
"""),

dict(source=P + "2023/05/uppdrag-till-konsumentverket-att-framja-konsumenters-prismedvetenhet.md", doc_date="2023-05",
ents="""
Konsumentverket|ORG
Erik Slottner|PER
Konsumentverket|ORG
Konsumentverket|ORG
""",
dates="""
1 december 2023|2023-12-01|day
""",
roles="""
Erik Slottner|civilminister|civilminister|
"""),

dict(source=P + "2023/06/sverige-skickar-250-minsokare-till-ukraina-efter-dammexplosionen-i-kachovka.md",
     doc_date="2023-06",
ents="""
Sverige|LOC
Ukraina|LOC
Kachovka|LOC
Sverige|LOC
EU|ORG|Europeiska unionen
Khersonregionen|LOC
Sverige|LOC
Ukraina|LOC
Ryssland|LOC
Carl-Oskar Bohlin|PER
Ukraina|LOC
Kachovka|LOC
Kachovka|LOC
Carl-Oskar Bohlin|PER
MSB|ORG|Myndigheten för samhällsskydd och beredskap
Ukraina|LOC
""",
dates="""
2022|2022|year
""",
roles="""
Carl-Oskar Bohlin|minister för civilt försvar|minister för civilt försvar|
"""),

dict(source=P + "2023/03/skatteverkets-brottsbekampande-formaga-starks-genom-forenklat-informationsutbyte-med-"
     "myndigheter-inom-eu.md", doc_date="2023-03",
ents="""
Skatteverkets|ORG|Skatteverket
EU|ORG|Europeiska unionen
Skatteverket|ORG
EU|ORG|Europeiska unionen
Europeiska unionens|ORG|Europeiska unionen
Regeringen|ORG
Skatteverket|ORG
regeringen|ORG|Regeringen
Skatteverket|ORG
EU|ORG|Europeiska unionen
Interpol|ORG
Europol|ORG
Skatteverkets|ORG|Skatteverket
Skatteverket|ORG
""",
dates="""
2006|2006|year
1 augusti 2023|2023-08-01|day
"""),

dict(source=P + "2024/05/paulina-brandberg-diskuterar-battre-skydd-av-personuppgifter-med-flera-myndigheter.md",
     doc_date="2024-05",
ents="""
Paulina Brandberg|PER
Regeringen|ORG
Paulina Brandberg|PER
Regeringen|ORG
Jämställdhetsmyndigheten|ORG
Skatteverket|ORG
Skatteverket|ORG
Arbetsförmedlingen|ORG
Domstolsverket|ORG
Försäkringskassan|ORG
Integritetsskyddsmyndigheten|ORG
Jämställdhetsmyndigheten|ORG
Kronofogdemyndigheten|ORG
Polismyndigheten|ORG
Skatteverket|ORG
Skolverket|ORG
Socialstyrelsen|ORG
Statens Servicecenter|ORG|Statens servicecenter
Åklagarmyndigheten|ORG
""",
dates="""
2024|2024|year
"""),

dict(source=P + "2024/12/regeringen-underlattar-for-forskning-vid-spridning-av-vaxtskyddsmedel-fran-dronare.md",
     doc_date="2024-12",
ents="""
Regeringen|ORG
Romina Pourmokhtari|PER
Regeringen|ORG
Naturvårdsverket|ORG
Regeringen|ORG
""",
dates="""
1 februari 2025|2025-02-01|day
""",
roles="""
Romina Pourmokhtari|klimat- och miljöminister|klimat- och miljöminister|
"""),

dict(source=P + "2024/10/ny-revidering-av-lanstalen-for-2024.md", doc_date="2024-10",
ents="""
Ukraina|LOC
EU:s|ORG|Europeiska unionen
EU|ORG|Europeiska unionen
regeringen|ORG|Regeringen
regeringen|ORG|Regeringen
Regeringen|ORG
Regeringens|ORG|Regeringen
Migrationsverket|ORG
""",
dates="""
2024|2024|year
mars 2022|2022-03|month
2024|2024|year
juni|2024-06|month
2024|2024|year
1 oktober 2024|2024-10-01|day
"""),

dict(source=P + "2025/02/nils-oberg-far-fortsatt-anstallning-som-generaldirektor-och-chef-for-forsakringskassan.md",
     doc_date="2025-02",
ents="""
Nils Öberg|PER
Försäkringskassan|ORG
Nils Öbergs|PER|Nils Öberg
regeringen|ORG|Regeringen
Nils Öbergs|PER|Nils Öberg
Försäkringskassan|ORG
regeringen|ORG|Regeringen
Försäkringskassan|ORG
regeringen|ORG|Regeringen
Nils Öberg|PER
Anna Tenje|PER
Nils Öberg|PER
Försäkringskassans|ORG|Försäkringskassan
""",
dates="""
30 juni 2025|2025-06-30|day
tre år|P3Y|duration
30 juni 2028|2028-06-30|day
3 juni 2019|2019-06-03|day
""",
roles="""
Nils Öberg|generaldirektör|generaldirektör och chef för Försäkringskassan|Försäkringskassan
Anna Tenje|äldre- och socialförsäkringsminister|äldre- och socialförsäkringsminister|
"""),

dict(source=P + "2025/02/utredning-foreslar-kommunal-anslutning-till-utbetalningsmyndighetens-verksamhet.md",
     doc_date="2025-02",
ents="""
Utbetalningsmyndighetens|ORG|Utbetalningsmyndigheten
Erik Slottner|PER
Utbetalningsmyndighetens|ORG|Utbetalningsmyndigheten
Regeringen|ORG
Utbetalningsmyndigheten|ORG
regeringen|ORG|Regeringen
regeringens|ORG|Regeringen
""",
dates="""
2024–2027|2024/2027|range
""",
roles="""
Erik Slottner|civilminister|civilminister|
"""),

dict(source=P + "2025/01/satsning-pa-friluftsliv-for-aldre-personer.md", doc_date="2025-01",
ents="""
Jakob Forssmed|PER
Anna Tenje|PER
Svenskt Friluftsliv|ORG
Sverige|LOC
Regeringen|ORG
Svenskt Friluftsliv|ORG
Regeringen|ORG
Svenskt Friluftsliv|ORG
Regeringskansliet|ORG
Socialdepartementet|ORG
""",
dates="""
2025|2025|year
2025|2025|year
2027|2027|year
31 mars 2026|2026-03-31|day
""",
roles="""
Jakob Forssmed|socialminister|socialminister|
Anna Tenje|äldre- och socialförsäkringsminister|äldre- och socialförsäkringsminister|
"""),
]
