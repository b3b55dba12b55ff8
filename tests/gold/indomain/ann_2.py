"""In-domain batch, annotator 2: first annotations (gold). Notation: see build_gold.py; rules: GUIDELINES.md."""

DOCS = [
dict(source="shared:regeringen-raw/regeringsuppdrag/2008/06/ij20081308iu.md", doc_date="2008-06",
ents="""
Statistiska centralbyrån|ORG
SCB|ORG|Statistiska centralbyrån
SCB|ORG|Statistiska centralbyrån
SCB|ORG|Statistiska centralbyrån
""",
dates="""
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/06/regeringen-tillstyrker-ansokan-om-eu-stod-for-fyra-infrastrukturprojekt-for-alternativa-branslen.md", doc_date="2025-06",
ents="""
Regeringen|ORG
Sverige|LOC
Andreas Carlson|PER
Sverige|LOC
regeringen|ORG|Regeringen
Sverige|LOC
Europa|LOC
Romina Pourmokhtari|PER
EU-kommissionen|ORG|Europeiska kommissionen
CEF-kommittén|ORG
EU:s|ORG|Europeiska unionen
regeringen|ORG|Regeringen
""",
dates="""
sommaren|2025-SU|season
hösten|2025-FA|season
2024–2026|2024/2026|range
""",
roles="""
Andreas Carlson|infrastruktur- och bostadsminister|infrastruktur- och bostadsminister|
Romina Pourmokhtari|klimat- och miljöminister|klimat- och miljöminister|
"""),

dict(source="shared:regeringen-raw/informationsmaterial/2015/06/regeringskansliets-arsbok-2014.md", doc_date="2015-06",
ents="""
Regeringskansliets|ORG|Regeringskansliet
Regeringskansliets|ORG|Regeringskansliet
Regeringskansliets|ORG|Regeringskansliet
Regeringskansliets|ORG|Regeringskansliet
""",
dates="""
2014|2014|year
2014|2014|year
föregående år|2014|year
februari|2015-02|month
""",
roles="""
"""),

dict(source="shared:regeringen-raw/faktapromemoria/2020/12/202021fpm47.md", doc_date="2020-12",
ents="""
EU|ORG|Europeiska unionen
EU|ORG|Europeiska unionen
EU|ORG|Europeiska unionen
EU:s|ORG|Europeiska unionen
Regeringen|ORG
EU|ORG|Europeiska unionen
""",
dates="""
""",
roles="""
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2013/02/s2013792fst.md", doc_date="2013-02",
ents="""
Regeringen|ORG
Tillväxtverket|ORG
Tillväxtverket|ORG
""",
dates="""
2013|2013|year
2013|2013|year
31 januari 2015|2015-01-31|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/uttalanden/2021/01/uttalande-fran-den-internationella-samordnings--och-atgardsgruppen-for-offer-fran-ps752-pa-1-arsdagen-av-den-tragiska-nedskjutningen-av-ps752.md", doc_date="2021-01",
ents="""
Ottawa|LOC
Ontario|LOC
Global Affairs Canada|ORG
Ukraine International Airlines|ORG
Teheran|LOC
Iran|LOC
Iran|LOC
Iran|LOC
""",
dates="""
1-årsdagen|2021-01-08|day
8 januari 2021|2021-01-08|day
ett år sedan|2020-01-08|year
8 januari 2020|2020-01-08|day
Idag|2021-01-08|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/tal/2025/09/nordiskt-uttalande-om-rysslands-senaste-krankning-av-estlands-luftrum.md", doc_date="2025-09",
ents="""
Rysslands|LOC|Ryssland
Estlands|LOC|Estland
Sveriges|LOC|Sverige
Maria Malmer Stenergard|PER
FN:s säkerhetsråd|ORG
Danmarks|LOC|Danmark
Finlands|LOC|Finland
Islands|LOC|Island
Norges|LOC|Norge
Sveriges|LOC|Sverige
Rysslands|LOC|Ryssland
Estlands|LOC|Estland
Estland|LOC
Norden|LOC
Ryssland|LOC
Rysslands|LOC|Ryssland
Estlands|LOC|Estland
Ryssland|LOC
säkerhetsrådet|ORG|FN:s säkerhetsråd
Rysslands|LOC|Ryssland
Polens|LOC|Polen
Ryssland|LOC
Rumäniens|LOC|Rumänien
Ryssland|LOC
Rysslands|LOC|Ryssland
Rysslands|LOC|Ryssland
Ukraina|LOC
Ryssland|LOC
Ukraina|LOC
Ryssland|LOC
Ukraina|LOC
Ukrainas|LOC|Ukraina
Ryssland|LOC
Ukraina|LOC
Ryssland|LOC
Rysslands|LOC|Ryssland
""",
dates="""
22 september 2025|2025-09-22|day
19 september|2025-09-19|day
fjorton dagar|P14D|duration
förra veckan|2025-W38|week
i morgon|2025-09-23|day
""",
roles="""
Maria Malmer Stenergard|utrikesminister|utrikesminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/12/pressmeddelande-starkt-vard-for-valdsutsatta-barn-och-unga.md", doc_date="2025-12",
ents="""
SiS|ORG|Statens institutionsstyrelse
Camilla Waltersson Grönvall|PER
SiS|ORG|Statens institutionsstyrelse
Helene Odenjung|PER
Liberalerna|ORG
Regeringskansliet|ORG
SiS|ORG|Statens institutionsstyrelse
Jakob Forssmed|PER
""",
dates="""
2026|2026|year
24 mars 2029|2029-03-24|day
26 mars 2027|2027-03-26|day
""",
roles="""
Camilla Waltersson Grönvall|socialtjänstminister|socialtjänstminister|
Helene Odenjung|barnrättspolitisk talesperson|barnrättspolitisk talesperson|Liberalerna
Jakob Forssmed|socialminister|socialminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2026/01/ebba-busch-reser-till-berlin.md", doc_date="2026-01",
ents="""
Ebba Busch|PER
Berlin|LOC
Axel Springer|ORG
Tyskland|LOC
Europa|LOC
Ebba Busch|PER
Axel Vide|PER
""",
dates="""
Årets|2026|year
""",
roles="""
Ebba Busch|energi- och näringsminister|Energi- och näringsminister|
Axel Vide|pressekreterare|pressekreterare|
"""),

dict(source="shared:regeringen-raw/rapporter/2005/01/promemoria-200406.md", doc_date="2005-01",
ents="""
Utredningen om transport av försvarsmateriel på M/S Estonia|ORG
regeringen|ORG|Regeringen
Johan Hirschfeldt|PER
Försvarsmakten|ORG
Försvarets materielverk|ORG
Försvarsmakten|ORG
Försvarets materielverk|ORG
Lars Dahlström|PER
Utredningen om transport av försvarsmateriel på M/S Estonia|ORG
""",
dates="""
3 december 2004|2004-12-03|day
september månad 1994|1994-09|month
21 januari 2005|2005-01-21|day
""",
roles="""
Johan Hirschfeldt|hovrättspresident|hovrättspresidenten|
Lars Dahlström|kammarrättsassessor|Kammarrättsassessorn|
Lars Dahlström|sekreterare|sekreterare|Utredningen om transport av försvarsmateriel på M/S Estonia
"""),

dict(source="shared:regeringen-pressmeddelanden/2026/01/energimyndighetens-rapport-forutsattningar-for-ett-tidigare-avslut-av-elcertifikatsystemet-skickas-pa-remiss.md", doc_date="2026-01",
ents="""
Energimyndighetens|ORG|Energimyndigheten
Energimyndigheten|ORG
regeringen|ORG|Regeringen
NVE|ORG
Norge|LOC
""",
dates="""
2035|2035|year
16 mars 2026|2026-03-16|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2024/09/regeringen-soker-ny-generaldirektor-och-chef-for-affarsverket-svenska-kraftnat.md", doc_date="2024-09",
ents="""
Regeringen|ORG
Affärsverket svenska kraftnät|ORG
Lotta Medelius Bredhe|PER
Svenska kraftnät|ORG|Affärsverket svenska kraftnät
Ebba Busch|PER
Svenska kraftnäts|ORG|Affärsverket svenska kraftnät
Ebba Busch|PER
""",
dates="""
hösten 2025|2025-FA|season
""",
roles="""
Lotta Medelius Bredhe|generaldirektör|generaldirektör|Affärsverket svenska kraftnät|status=outgoing
Ebba Busch|energi- och näringsminister|energi- och näringsminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2023/03/statsminister-ulf-kristersson-tog-emot-natos-generalsekreterare-jens-stoltenberg.md", doc_date="2023-03",
ents="""
Ulf Kristersson|PER
Natos|ORG|Nato
Jens Stoltenberg|PER
riksdagens|ORG|Riksdagen
Sverige|LOC
Nato|ORG
riksdagen|ORG|Riksdagen
Sveriges|LOC|Sverige
riksdagen|ORG|Riksdagen
Sverige|LOC
Nato|ORG
Ulf Kristersson|PER
Nato|ORG
Regeringen|ORG
Sveriges|LOC|Sverige
Sveriges|LOC|Sverige
Turkiet|LOC
Finland|LOC
Turkiet|LOC
PKK|ORG
Sverige|LOC
Ulf Kristersson|PER
Turkiet|LOC
Sverige|LOC
Finland|LOC
""",
dates="""
tisdagens|2023-03-07|day
torsdag|2023-03-09|day
1 juni|2023-06-01|day
Torsdag den 9 mars|2023-03-09|day
""",
roles="""
Ulf Kristersson|statsminister|Statsminister|
Jens Stoltenberg|generalsekreterare|generalsekreterare|Nato|country=XX
"""),

dict(source="shared:regeringen-pressmeddelanden/2024/11/eu-forlanger-militar-utbildningsinsats-till-stod-for-ukraina.md", doc_date="2024-11",
ents="""
EU|ORG|Europeiska unionen
Ukraina|LOC
EU:s|ORG|Europeiska unionen
EU:s|ORG|Europeiska unionen
Ukraina|LOC
Maria Malmer Stenergard|PER
EU:s|ORG|Europeiska unionen
Ukraina|LOC
European Union Military Assistance Mission|ORG
EUMAM|ORG|European Union Military Assistance Mission
EU|ORG|Europeiska unionen
EUMAM|ORG|European Union Military Assistance Mission
Natos|ORG|Nato
Ukraina|LOC
NSATU|ORG|Nato Security Assistance and Training for Ukraine
Nato Security Assistance and Training for Ukraine|ORG
Sverige|LOC
EU:s|ORG|Europeiska unionen
Ukraina|LOC
Ryssland|LOC
Rysslands|LOC|Ryssland
""",
dates="""
Dagens|2024-11|day
Dagens|2024-11|day
15 november 2026|2026-11-15|day
""",
roles="""
Maria Malmer Stenergard|utrikesminister|utrikesminister|
"""),

dict(source="shared:regeringen-raw/rapporter/2011/11/riktlinjer-for-statsskuldens-forvaltning-2012.md", doc_date="2011-11",
ents="""
Regeringen|ORG
Regeringens|ORG|Regeringen
""",
dates="""
2012|2012|year
2012–2014|2012/2014|range
tolv år|P12Y|duration
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2015/04/statsbesok-fran-indien-31-maj---2-juni.md", doc_date="2015-04",
ents="""
Indien|LOC
Indiens|LOC|Indien
Pranab Mukherjee|PER
Sverige|LOC
Carl XVI Gustaf|PER
Mukherjees|PER|Pranab Mukherjee
Sveriges|LOC|Sverige
Indien|LOC
Sverige|LOC
Indien|LOC
UD|ORG|Utrikesdepartementet
""",
dates="""
31 maj - 2 juni|2015-05-31/2015-06-02|range
31 maj - 2 juni 2015|2015-05-31/2015-06-02|range
1993|1993|year
torsdagen den 21 maj|2015-05-21|day
""",
roles="""
Pranab Mukherjee|president|president||country=IN
Carl XVI Gustaf|kung|kung|
"""),

dict(source="shared:regeringen-raw/faktapromemoria/2024/03/202324fpm47.md", doc_date="2024-03",
ents="""
Europarlamentet|ORG|Europaparlamentet
Europaparlamentets|ORG|Europaparlamentet
EU|ORG|Europeiska unionen
EU|ORG|Europeiska unionen
FN:s|ORG|Förenta nationerna
EU:s|ORG|Europeiska unionen
EU:s|ORG|Europeiska unionen
""",
dates="""
juni 2021|2021-06|month
30 juni 2021|2021-06-30|day
2050|2050|year
2030|2030|year
1990|1990|year
2040|2040|year
sex månader|P6M|duration
2040|2040|year
6 februari 2024|2024-02-06|day
2050|2050|year
2040|2040|year
6 februari 2024|2024-02-06|day
2040|2040|year
""",
roles="""
"""),

dict(source="shared:regeringen-raw/artiklar/2015/12/protest-mot-vetenskaplig-valjakt.md", doc_date="2015-12",
ents="""
Sverige|LOC
Nya Zeelands|LOC|Nya Zeeland
Nya Zeeland|LOC
Japans|LOC|Japan
EU|ORG|Europeiska unionen
Internationella valfångstkommissionens|ORG|Internationella valfångstkommissionen
IWC|ORG|Internationella valfångstkommissionen
Sverige|LOC
Internationella valfångstkommissionen|ORG
""",
dates="""
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/05/ministrar-besoker-forsvarsmaktens-sjukvardsovning-i-vastervik.md", doc_date="2025-05",
ents="""
Försvarsmaktens|ORG|Försvarsmakten
Västervik|LOC
Försvarsmedicincentrum|ORG
Försvarsmaktens|ORG|Försvarsmakten
Ukraina|LOC
""",
dates="""
18 maj|2025-05-18|day
fredag 16 maj|2025-05-16|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2022/11/ny-lagstiftning-inom-hallbarhetsomradet-pa-agendan-vid-konkurrenskraftsradets-mote-i-bryssel.md", doc_date="2022-11",
ents="""
Konkurrenskraftsrådets|ORG|Konkurrenskraftsrådet
Bryssel|LOC
EU-kommissionens|ORG|Europeiska kommissionen
Europas|LOC|Europa
EU|ORG|Europeiska unionen
EU-kommissionens|ORG|Europeiska kommissionen
EU-kommissionen|ORG|Europeiska kommissionen
EU-kommissionen|ORG|Europeiska kommissionen
Europaparlamentet|ORG
Ebba Busch|PER
Konkurrenskraftsrådet|ORG
""",
dates="""
vårens|2023-SP|season
""",
roles="""
Ebba Busch|energi- och näringslivsminister|energi- och näringslivsminister|
"""),

dict(source="shared:regeringen-raw/remisser/2019/10/remiss-av-betankandets-veriges-miljoovervakning-d-ess-uppgift-och-organisationf-or-en-god-miljoforvaltning-sou-201922.md", doc_date="2019-10",
ents="""
Miljödepartementet|ORG
Miljödepartementet|ORG
""",
dates="""
20|2019-12-20|day
december 2019|2019-12-20|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2017/01/ny-ambassador-i-tyskland.md", doc_date="2017-01",
ents="""
Tyskland|LOC
Per Thöresson|PER
Sveriges FN-representation i New York|ORG
Bern|LOC
Utrikesdepartementet|ORG
UD:s|ORG|Utrikesdepartementet
OSSE-delegationen|ORG
Wien|LOC
FN-representationen i New York|ORG|Sveriges FN-representation i New York
Per Thöresson|PER
""",
dates="""
idag|2017-01|day
mars 2017|2017-03|month
""",
roles="""
Per Thöresson|biträdande chef|biträdande chef|Sveriges FN-representation i New York
Per Thöresson|ambassadör|ambassadör||status=former
Per Thöresson|expeditionschef|expeditionschef|Utrikesdepartementet|status=former
Per Thöresson|enhetschef|enhetschef|Utrikesdepartementet|status=former
"""),

dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2005/06/dir.-200578.md", doc_date="2005-06",
ents="""
Försäkringsföretagsutredningen|ORG
regeringens|ORG|Regeringen
""",
dates="""
31 augusti 2005|2005-08-31|day
31 maj 2006|2006-05-31|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2025/04/dir.-202542.md", doc_date="2025-04",
ents="""
""",
dates="""
30 juni 2026|2026-06-30|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2026/01/uppdrag-till-socialstyrelsen-att-forbereda-inforandet-av-en-lag-om-socialdataregister.md", doc_date="2026-01",
ents="""
Socialstyrelsen|ORG
Regeringen|ORG
Socialstyrelsen|ORG
Socialstyrelsen|ORG
E-hälsomyndigheten|ORG
Sveriges Kommuner och Regioner|ORG
Regeringskansliet|ORG
""",
dates="""
2026|2026|year
30 september 2027|2027-09-30|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2020/09/forlangt-uppdrag-om-att-sakerstalla-ett-forfarande-for-att-aven-icke-ce-markt-personlig-skyddsutrustning-ska-kunna-anvandas.md", doc_date="2020-09",
ents="""
Regeringen|ORG
Arbetsmiljöverkets|ORG|Arbetsmiljöverket
Arbetsmiljöverket|ORG
Regeringen|ORG
""",
dates="""
30 juni 2021|2021-06-30|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/05/ny-riktning-for-sveriges-digitaliseringspolitik.md", doc_date="2025-05",
ents="""
Sveriges|LOC|Sverige
regeringen|ORG|Regeringen
Sverige|LOC
Arktis|LOC
Erik Slottner|PER
Sverige|LOC
Erik Slottner|PER
Regeringen|ORG
Myndigheten för digital förvaltning|ORG
Post- och telestyrelsen|ORG
""",
dates="""
fem år|P5Y|duration
""",
roles="""
Erik Slottner|civilminister|civilminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2018/04/regeringen-positiv-till-svenskt-krishanteringslager-for-eu.md", doc_date="2018-04",
ents="""
Regeringen|ORG
EU|ORG|Europeiska unionen
Regeringen|ORG
EU:s ministerråd|ORG|Europeiska unionens råd
EU:s|ORG|Europeiska unionen
EU:s|ORG|Europeiska unionen
EU:s|ORG|Europeiska unionen
Sverige|LOC
EU:s|ORG|Europeiska unionen
EU:s|ORG|Europeiska unionen
Myndigheten för samhällsskydd och beredskap|ORG
""",
dates="""
idag|2018-04|day
måndag|2018-04|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2023/01/klimat--och-miljominister-romina-pourmokhtari-deltar-i--world-economic-forum-i-davos.md", doc_date="2023-01",
ents="""
Romina Pourmokhtari|PER
Davos|LOC
""",
dates="""
torsdag den 19 januari|2023-01-19|day
""",
roles="""
Romina Pourmokhtari|klimat- och miljöminister|Klimat- och miljöminister|
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2009/02/s20069394hs5.md", doc_date="2009-02",
ents="""
Regeringen|ORG
regeringen|ORG|Regeringen
Socialstyrelsen|ORG
""",
dates="""
2009|2009|year
1 januari 2010|2010-01-01|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2012/03/s20122210fst.md", doc_date="2012-03",
ents="""
Statistiska centralbyrån|ORG
SCB|ORG|Statistiska centralbyrån
SCB|ORG|Statistiska centralbyrån
Handisam|ORG|Myndigheten för handikappolitisk samordning
SCB|ORG|Statistiska centralbyrån
Regeringskansliet|ORG
""",
dates="""
2012–2016|2012/2016|range
2011–2016|2011/2016|range
30 april 2012|2012-04-30|day
15 mars 2013|2013-03-15|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2020/09/dir.-202098.md", doc_date="2020-09",
ents="""
ILO:s|ORG|Internationella arbetsorganisationen
ILO:s|ORG|Internationella arbetsorganisationen
""",
dates="""
31 augusti 2021|2021-08-31|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2019/12/dh-resolution.md", doc_date="2019-12",
ents="""
FN:s generalförsamling|ORG
Dag Hammarskjölds|PER|Dag Hammarskjöld
FN|ORG|Förenta nationerna
Regeringen|ORG
FN:s generalförsamling|ORG
Hammarskjöldutredningen|ORG
Sverige|LOC
FN|ORG|Förenta nationerna
Dag Hammarskjölds|PER|Dag Hammarskjöld
Matthias Mossberg|PER
Regeringen|ORG
Hammarskjöldutredningen|ORG
""",
dates="""
två år|P2Y|duration
2014|2014|year
2015|2015|year
2016|2016|year
år 2017|2017|year
2017|2017|year
våren 2019|2019-SP|season
""",
roles="""
Matthias Mossberg|ambassadör|f.d. ambassadör||status=former
"""),
]
