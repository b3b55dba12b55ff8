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
~EU
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

dict(source="shared:regeringen-pressmeddelanden/2026/01/civilministern-reser-till-vaxjo.md", doc_date="2026-01",
ents="""
Växjö|LOC
Länsstyrelsen Kronoberg|ORG|Länsstyrelsen i Kronobergs län
Växjö|LOC
""",
dates="""
""",
roles="""
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2016/07/uppdrag-till-statens-kulturrad-om-att-genomfora-kunskapshojande-insatser-kring-hur-verksamheter-som-formedlar-konst-och-kultur-kan-synliggora-normer-och-utmana-negativa-stereotyper.md", doc_date="2016-07",
ents="""
Statens kulturråd|ORG
Regeringen|ORG
Statens kulturråd|ORG
""",
dates="""
2016|2016|year
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2024/06/regeringen-utokar-energimyndighetens-ansvar-for-artikel-6-samarbeten-enligt-parisavtalet-for-att-minska-utslappen.md", doc_date="2024-06",
ents="""
Regeringen|ORG
Energimyndighetens|ORG|Energimyndigheten
regeringen|ORG|Regeringen
Romina Pourmokhtari|PER
Sverige|LOC
Romina Pourmokhtari|PER
Regeringen|ORG
Energimyndigheten|ORG
Energimyndigheten|ORG
""",
dates="""
""",
roles="""
Romina Pourmokhtari|klimat- och miljöminister|klimat- och miljöminister|
"""),

dict(source="shared:regeringen-raw/artiklar/2017/10/digitala-inre-marknaden-och-cybersakerhet-pa-eu-radsmote.md", doc_date="2017-10",
ents="""
rådet för telekommunikation|ORG|Rådet för telekommunikation
Luxemburg|LOC
Rådet|ORG|Rådet för telekommunikation
Europeiska rådets|ORG|Europeiska rådet
Tallinn|LOC
EU|ORG|Europeiska unionen
regeringen|ORG|Regeringen
Regeringen|ORG
EU|ORG|Europeiska unionen
Regeringen|ORG
Regeringen|ORG
EU|ORG|Europeiska unionen
Tallinn|LOC
Alf Karlsson|PER
Peter Eriksson|PER
Sverige|LOC
""",
dates="""
24 oktober|2017-10-24|day
19–20 oktober|2017-10-19/2017-10-20|range
29 september|2017-09-29|day
september|2017-09|month
""",
roles="""
Alf Karlsson|statssekreterare|statssekreterare|
Peter Eriksson|bostads- och digitaliseringsminister|bostads- och digitaliseringsminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2022/12/arbetsformedlingen-ska-analysera-matchningstjansterna.md", doc_date="2022-12",
ents="""
Arbetsförmedlingen|ORG
Arbetsförmedlingen|ORG
regeringen|ORG|Regeringen
Arbetsförmedlingen|ORG
Johan Pehrson|PER
Arbetsförmedlingen|ORG
Arbetsförmedlingen|ORG
Regeringskansliet|ORG
Arbetsmarknadsdepartementet|ORG
""",
dates="""
2023|2023|year
13 april 2023|2023-04-13|day
3 oktober 2023|2023-10-03|day
""",
roles="""
Johan Pehrson|arbetsmarknads- och integrationsminister|arbetsmarknads- och integrationsminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/09/gunilla-carlsson-representerar-sverige-i-styrelsen-for-globala-fonden-mot-aids-tuberkulos-och-malaria.md", doc_date="2025-09",
ents="""
Gunilla Carlsson|PER
Sverige|LOC
Globala fonden mot aids, tuberkulos och malaria|ORG
Gunilla Carlsson|PER
Sverige|LOC
Globala fonden|ORG|Globala fonden mot aids, tuberkulos och malaria
Gunilla Carlsson|PER
UNAIDS|ORG
Gavi|ORG
Sverige|LOC
Benjamin Dousa|PER
Sverige|LOC
Globala fonden|ORG|Globala fonden mot aids, tuberkulos och malaria
Globala fondens|ORG|Globala fonden mot aids, tuberkulos och malaria
Gunilla Carlsson|PER
Globala fondens|ORG|Globala fonden mot aids, tuberkulos och malaria
Sverige|LOC
Danmark|LOC
Irland|LOC
Luxemburg|LOC
Nederländerna|LOC
Norge|LOC
""",
dates="""
2006–2013|2006/2013|range
I dag|2025-09|day
juni 2027|2027-06|month
""",
roles="""
Gunilla Carlsson|ledamot|representera Sverige i styrelsen|Globala fonden mot aids, tuberkulos och malaria|status=incoming
Gunilla Carlsson|biståndsminister|biståndsminister||status=former
Gunilla Carlsson|biträdande verkställande direktör|biträdande verkställande direktör|UNAIDS|status=former|country=UN
Gunilla Carlsson|ledamot|styrelseledamot|Gavi|status=former|country=XX
Benjamin Dousa|bistånds- och utrikeshandelsminister|bistånds- och utrikeshandelsminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2020/07/ny-expeditionschef-i-utrikesdepartementet.md", doc_date="2020-07",
ents="""
Utrikesdepartementet|ORG
Anna Hammargren|PER
UD:s|ORG|Utrikesdepartementet
Rabat|LOC
Paris|LOC
Windhoek|LOC
Anna Hammargren|PER
UD:s|ORG|Utrikesdepartementet
UD:s|ORG|Utrikesdepartementet
utrikesförvaltnings-utredningen|ORG|Utrikesförvaltningsutredningen
Anna Hammargren|PER
""",
dates="""
september 2020|2020-09|month
""",
roles="""
Anna Hammargren|expeditionschef|Ny expeditionschef|Utrikesdepartementet|status=incoming|implicit
Anna Hammargren|ambassadör|ambassadör och sändebud|Utrikesdepartementet
Anna Hammargren|ambassadör|ambassadör||status=former
Anna Hammargren|enhetschef|chef för UD:s enhet|Utrikesdepartementet|status=former
Anna Hammargren|biträdande chef|biträdande chef|Utrikesdepartementet|status=former
Anna Hammargren|huvudsekreterare|huvudsekreterare|Utrikesförvaltningsutredningen|status=former
"""),

dict(source="shared:regeringen-raw/artiklar/2020/06/beslut-i-eu-mojliggor-justering-av-tidsfrister-i-det-nya-regelverket-om-rapporteringsplikt-for-skatteradgivare.md", doc_date="2020-06",
ents="""
EU|ORG|Europeiska unionen
Europeiska rådet|ORG
Regeringen|ORG
Skatteverket|ORG
Regeringen|ORG
Skatteverket|ORG
Skatteverket|ORG
EU|ORG|Europeiska unionen
""",
dates="""
1 juli|2020-07-01|day
i dag|2020-06|day
sex månader|P6M|duration
andra halvåret i år|2020-H2|half
31 januari 2021|2021-01-31|day
24 juni 2018|2018-06-24|day
28 februari 2021|2021-02-28|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/remisser/2020/03/remiss-av-forslag-om-att-elcertifikatssystemet-bor-avslutas-ar-2035-och-ett-stoppdatum-den-31-december-2021-bor-inforas-i-sverige.md", doc_date="2020-03",
ents="""
Sverige|LOC
Norge|LOC
Norge|LOC
Sverige|LOC
Norge|LOC
Olje- och energidepartementet|ORG
Infrastrukturdepartementet|ORG
Infrastrukturdepartementet|ORG
""",
dates="""
år 2035|2035|year
31 december 2021|2021-12-31|day
31 december 2021|2021-12-31|day
2035|2035|year
2030|2030|year
2021|2021|year
1 januari 2021|2021-01-01|day
2021|2021|year
2035|2035|year
""",
roles="""
"""),

dict(source="shared:regeringen-raw/artiklar/2014/12/rundabordssamtal-for-en-gron-omstallning.md", doc_date="2014-12",
ents="""
Kristina Persson|PER
riksdag|ORG|Riksdagen
regering|ORG|Regeringen
Kristina Persson|PER
Persson|PER|Kristina Persson
regeringen|ORG|Regeringen
Kristina Persson|PER
""",
dates="""
Onsdag den 19 november|2014-11-19|day
""",
roles="""
Kristina Persson|minister för strategi- och framtidsfrågor|ministern för strategi- och framtidsfrågor|
Kristina Persson|statsråd|Statsrådet|
"""),

dict(source="shared:regeringen-pressmeddelanden/2024/07/nytt-nordiskt-samarbete-for-tillgangligt-luftrum.md", doc_date="2024-07",
ents="""
Norden|LOC
Natos|ORG|Nato
Europa|LOC
Natos|ORG|Nato
Norden|LOC
Nato|ORG
Pål Jonson|PER
Sveriges|LOC|Sverige
Natos|ORG|Nato
""",
dates="""
""",
roles="""
Pål Jonson|försvarsminister|försvarsminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2020/04/ny-ambassador-i-tjeckien.md", doc_date="2020-04",
ents="""
Tjeckien|LOC
Fredrik Jörgensen|PER
Danmark|LOC
Utrikesdepartement|ORG|Utrikesdepartementet
UD:s|ORG|Utrikesdepartementet
Fredrik Jörgensen|PER
Bonn|LOC
Pretoria|LOC
Rom|LOC
riksdagens|ORG|Riksdagen
utrikesutskott|ORG|Utrikesutskottet
Fredrik Jörgensen|PER
""",
dates="""
september 2020|2020-09|month
""",
roles="""
Fredrik Jörgensen|ambassadör|ambassadör|
Fredrik Jörgensen|expeditionschef|expeditionschef|Utrikesdepartementet|status=former
Fredrik Jörgensen|enhetschef|chef för UD:s enhet|Utrikesdepartementet|status=former
"""),

dict(source="shared:regeringen-raw/informationsmaterial/2013/08/the-constitution-of-sweden.md", doc_date="2013-08",
ents="""
Sverige|LOC
Sveriges|LOC|Sverige
Sveriges|LOC|Sverige
""",
dates="""
""",
roles="""
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2022/04/uppdrag-att-fortsatt-samordna-innovationssamarbetet-med-tyskland-och-frankrike-avseende-elvagar.md", doc_date="2022-04",
ents="""
Tyskland|LOC
Frankrike|LOC
Regeringen|ORG
Trafikverket|ORG
Tyskland|LOC
Frankrike|LOC
Trafikverket|ORG
Regeringskansliet|ORG
Infrastrukturdepartementet|ORG
Regeringskansliet|ORG
Infrastrukturdepartementet|ORG
Tyskland|LOC
Frankrike|LOC
Regeringskansliet|ORG
Infrastrukturdepartementet|ORG
""",
dates="""
tre åren|P3Y|duration
30 oktober 2022|2022-10-30|day
2023|2023|year
30 oktober 2025|2025-10-30|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2024/10/regeringen-utser-olivia-wigzell-till-ny-generaldirektor-for-folkhalsomyndigheten.md", doc_date="2024-10",
ents="""
Regeringen|ORG
Olivia Wigzell|PER
Folkhälsomyndigheten|ORG
Folkhälsomyndigheten|ORG
Olivia Wigzell|PER
Jakob Forssmed|PER
Folkhälsomyndigheten|ORG
regeringen|ORG|Regeringen
riksdagen|ORG|Riksdagen
regeringen|ORG|Regeringen
Folkhälsomyndigheten|ORG
Socialstyrelsen|ORG
Folkhälsomyndighetens|ORG|Folkhälsomyndigheten
Folkhälsomyndigheten|ORG
""",
dates="""
""",
roles="""
Olivia Wigzell|generaldirektör|ny generaldirektör|Folkhälsomyndigheten
Jakob Forssmed|socialminister|socialminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2023/06/regeringen-avser-ge-nya-uppdrag-for-att-effektivisera-processen-for-nya-anslutningar-till-elnaten.md", doc_date="2023-06",
ents="""
Regeringen|ORG
Ebba Busch|PER
Svenska kraftnät|ORG|Affärsverket svenska kraftnät
Svenska kraftnät|ORG|Affärsverket svenska kraftnät
Energimarknadsinspektionen|ORG
regeringen|ORG|Regeringen
""",
dates="""
idag|2023-06|day
i dag|2023-06|day
""",
roles="""
Ebba Busch|energi- och näringsminister|energi- och näringsminister|
"""),

dict(source="shared:regeringen-raw/artiklar/2022/05/framtiden-for-elvagar-diskuterades-pa-mote-med-frankrike-tyskland-och-sverige.md", doc_date="2022-05",
ents="""
Frankrike|LOC
Tyskland|LOC
Sverige|LOC
Frankrike|LOC
Tyskland|LOC
Sverige|LOC
Stockholm|LOC
Infrastrukturdepartementet|ORG
Frankrikes|LOC|Frankrike
Tysklands|LOC|Tyskland
Italien|LOC
Storbritannien|LOC
USA|LOC
Indien|LOC
Tyskland|LOC
Sverige|LOC
Frankrike|LOC
Frankrike|LOC
Tyskland|LOC
Sverige|LOC
Hallsberg|LOC
Örebro|LOC
Trafikverket|ORG
""",
dates="""
21–22 april 2022|2022-04-21/2022-04-22|range
I dag|2022-05|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/artiklar/2015/11/attackerna-i-paris-amne-vid-allmanna-radet.md", doc_date="2015-11",
ents="""
Paris|LOC
Allmänna rådet|ORG
Paris|LOC
Allmänna|ORG|Allmänna rådet
Bryssel|LOC
Hans Dahlgren|PER
Sverige|LOC
Frankrike|LOC
Paris|LOC
Frankrike|LOC
Paris|LOC
Storbritanniens|LOC|Storbritannien
Ryssland|LOC
Ukraina|LOC
EU|ORG|Europeiska unionen
Regeringen|ORG
EU:s|ORG|Europeiska unionen
""",
dates="""
17 november|2015-11-17|day
fredagskvällen den 13 november|2015-11-13|day
17 och 18 december|2015-12-17/2015-12-18|range
2014|2014|year
I år|2015|year
2016|2016|year
""",
roles="""
Hans Dahlgren|statssekreterare|Statssekreterare|
"""),

dict(source="shared:regeringen-pressmeddelanden/2022/11/maria-malmer-stenergard-deltar-pa-extrainsatt-ministermote.md", doc_date="2022-11",
ents="""
Maria Malmer Stenergard|PER
EU|ORG|Europeiska unionen
EU-kommissionen|ORG|Europeiska kommissionen
Medel\u00adhavet|LOC|Medelhavet
Maria Malmer Stenergard|PER
Sverige|LOC
""",
dates="""
""",
roles="""
Maria Malmer Stenergard|migrationsminister|Migrations\u00administer|
"""),

dict(source="shared:regeringen-raw/faktapromemoria/2025/09/202526fpm3.md", doc_date="2025-09",
ents="""
EU:s|ORG|Europeiska unionen
Europaparlamentet|ORG
Europeiska unionens råd|ORG
Europeiska kommissionen|ORG
EU:s|ORG|Europeiska unionen
EU|ORG|Europeiska unionen
EU:s|ORG|Europeiska unionen
Regeringen|ORG
Ukraina|LOC
Regeringen|ORG
Regeringen|ORG
Sverige|LOC
""",
dates="""
16 juli 2025|2025-07-16|day
2028–2034|2028/2034|range
2028–2034|2028/2034|range
2025|2025|year
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2024/03/rundabordssamtal-for-att-bekampa-narkotikasmugglingen-i-svenska-hamnar.md", doc_date="2024-03",
ents="""
Regeringen|ORG
Sveriges|LOC|Sverige
Sverige|LOC
EU|ORG|Europeiska unionen
Sverige|LOC
Sverige|LOC
""",
dates="""
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2022/12/skatteverket-ska-fa-battre-mojligheter-att-motverka-fel-och-fusk-i-folkbokforingen.md", doc_date="2022-12",
ents="""
Skatteverket|ORG
Skatteverket|ORG
Elisabeth Svantesson|PER
regeringen|ORG|Regeringen
Skatteverket|ORG
Skatteverket|ORG
Regeringen|ORG
""",
dates="""
1 maj 2023|2023-05-01|day
""",
roles="""
Elisabeth Svantesson|finansminister|finansminister|
"""),

dict(source="shared:regeringen-raw/rapporter/2014/09/rapport-for-bolag-med-statligt-agande-januari-juni-2014.md", doc_date="2014-09",
ents="""
Sverige|LOC
Regeringskansliet|ORG
Regeringskansliet|ORG
""",
dates="""
januari-juni 2014|2014-01/2014-06|range
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2016/01/ny-ambassador-i-pakistan.md", doc_date="2016-01",
ents="""
Pakistan|LOC
Regeringen|ORG
Ingrid Johansson|PER
Islamabad|LOC
Ingrid Johansson|PER
Utrikesdepartementets|ORG|Utrikesdepartementet
Pristina|LOC
Pyongyang|LOC
Nordiska ministerrådet|ORG
Köpenhamn|LOC
Bryssel|LOC
Ingrid Johansson|PER
""",
dates="""
idag|2016-01|day
1 maj 2016|2016-05-01|day
""",
roles="""
Ingrid Johansson|ambassadör|ambassadör||status=incoming
Ingrid Johansson|chef|chef||status=former
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/06/transportradet-traffas-for-mote-i-luxemburg.md", doc_date="2025-06",
ents="""
Transportrådet|ORG
Luxemburg|LOC
EU|ORG|Europeiska unionen
""",
dates="""
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/09/andreas-carlson-deltar-vid-donso-shipping-meet.md", doc_date="2025-09",
ents="""
Andreas Carlson|PER
Andreas Carlson|PER
Donsö|LOC
Andreas Carlson|PER
""",
dates="""
måndagen|2025-09|day
tisdagen|2025-09|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2023/11/finansmarknadsministern-reser-till-singapore-och-indien.md", doc_date="2023-11",
ents="""
Singapore|LOC
Indien|LOC
Singapore|LOC
Nanyang Technological University|ORG
Financial Action Task Force|ORG
FATF|ORG|Financial Action Task Force
T Raja Kumar|PER
Indien|LOC
Indien|LOC
Mumbai|LOC
Indiens|LOC|Indien
Reserve Bank of India|ORG
National Stock Exchange of India|ORG
NSE|ORG|National Stock Exchange of India
""",
dates="""
""",
roles="""
T Raja Kumar|ordförande|ordförande|Financial Action Task Force|country=XX
"""),

dict(source="shared:regeringen-pressmeddelanden/2024/10/regeringen-deltar-pa-nordiska-radets-session-i-reykjavik.md", doc_date="2024-10",
ents="""
Regeringen|ORG
Nordiska rådets|ORG|Nordiska rådet
Reykjavik|LOC
Sverige|LOC
Finlands|LOC|Finland
Nato|ORG
Rysslands|LOC|Ryssland
Ukraina|LOC
Ulf Kristersson|PER
Nordiska rådets|ORG|Nordiska rådet
Norden|LOC
Norden|LOC
Arktis|LOC
Nordiska rådet|ORG
Norden|LOC
Nordiska rådets|ORG|Nordiska rådet
Sverige|LOC
Nordiska ministerrådets|ORG|Nordiska ministerrådet
Finland|LOC
regeringen|ORG|Regeringen
Ulf Kristersson|PER
Maria Malmer Stenergard|PER
Jessica Rosencrantz|PER
Parisa Liljestrand|PER
Nordiska rådets|ORG|Nordiska rådet
Nordiska rådets|ORG|Nordiska rådet
""",
dates="""
2024|2024|year
det kommande året|2025|year
tisdagen|2024-10|day
fredag den 25 oktober|2024-10-25|day
""",
roles="""
Ulf Kristersson|statsminister|statsminister|
Maria Malmer Stenergard|utrikesminister|utrikesminister|
Jessica Rosencrantz|eu-minister|EU-minister med ansvar för nordiska frågor|
Parisa Liljestrand|kulturminister|kulturminister|
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2025/10/uppdrag-att-fortsatta-utveckla-det-nationella-och-regionala-stodet-i-det-brottsforebyggande-arbetet.md", doc_date="2025-10",
ents="""
Regeringen|ORG
Brottsförebyggande rådet|ORG
Brå|ORG|Brottsförebyggande rådet
Brå|ORG|Brottsförebyggande rådet
Brå|ORG|Brottsförebyggande rådet
Brå|ORG|Brottsförebyggande rådet
Regeringskansliet|ORG
Justitiedepartementet|ORG
Brås|ORG|Brottsförebyggande rådet
Brå|ORG|Brottsförebyggande rådet
Brå|ORG|Brottsförebyggande rådet
""",
dates="""
31 mars 2026|2026-03-31|day
31 mars 2027|2027-03-31|day
31 mars 2028|2028-03-31|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/06/statssekreterare-daniel-westlen-deltar-i-miljoradet-den-17-juni.md", doc_date="2025-06",
ents="""
Daniel Westlén|PER
miljörådet|ORG|Miljörådet
Regeringen|ORG
Sverige|LOC
regeringen|ORG|Regeringen
Regeringen|ORG
Sverige|LOC
FN:s|ORG|Förenta nationerna
Belém|LOC
Brasilien|LOC
EU:s|ORG|Europeiska unionen
EU|ORG|Europeiska unionen
EU:s|ORG|Europeiska unionen
Regeringen|ORG
EU|ORG|Europeiska unionen
EU|ORG|Europeiska unionen
EU-kommissionen|ORG|Europeiska kommissionen
Genève|LOC
Schweiz|LOC
""",
dates="""
17 juni|2025-06-17|day
november 2025|2025-11|month
28 april–9 maj 2025|2025-04-28/2025-05-09|range
1 juli|2025-07-01|day
""",
roles="""
Daniel Westlén|statssekreterare|Statssekreterare|
"""),

dict(source="shared:regeringen-raw/remisser/2025/07/remiss-av-promemoria-skyddet-genom-nationell-fridlysning-anpassas-till-arternas-skyddsbehov-och-andra-angelagna-intressen.md", doc_date="2025-07",
ents="""
""",
dates="""
24 oktober 2025|2025-10-24|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2024/05/statsministern-besoker-polisen-och-hamnen-i-goteborg.md", doc_date="2024-05",
ents="""
Polisen|ORG|Polismyndigheten
Göteborg|LOC
Polisen|ORG|Polismyndigheten
Göteborgsområdet|LOC
Polisen|ORG|Polismyndigheten
Göteborgs|LOC|Göteborg
Göteborg|LOC
""",
dates="""
maj|2024-05|month
idag|2024-05-27|day
måndag 27 maj|2024-05-27|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/faktapromemoria/2021/08/202021fpm-131.md", doc_date="2021-08",
ents="""
Bangladesh|LOC
Gambia|LOC
Irak|LOC
Europaparlamentets|ORG|Europaparlamentet
Bangladesh|LOC
Europaparlamentets|ORG|Europaparlamentet
Gambia|LOC
Europaparlamentets|ORG|Europaparlamentet
Irak|LOC
Bangladesh|LOC
Gambia|LOC
Irak|LOC
Regeringen|ORG
""",
dates="""
""",
roles="""
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2019/04/uppdrag-att-forbereda-och-genomfora-inordnande-av-vissa-uppgifter-i-vetenskapsradet-som-ror-verksamheten-vid-gentekniknamnden.md", doc_date="2019-04",
ents="""
Vetenskapsrådet|ORG
Gentekniknämnden|ORG
Regeringen|ORG
Vetenskapsrådet|ORG
Gentekniknämnden|ORG
Vetenskapsrådet|ORG
Gentekniknämnden|ORG
Gentekniknämnden|ORG
Gentekniknämnden|ORG
regeringen|ORG|Regeringen
Utbildningsdepartementet|ORG
""",
dates="""
1 september 2019|2019-09-01|day
1 september 2019|2019-09-01|day
31 augusti 2019|2019-08-31|day
1 oktober 2019|2019-10-01|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/10/sveriges-cybersakerhet-ska-matas.md", doc_date="2025-10",
ents="""
Sveriges|LOC|Sverige
Sveriges|LOC|Sverige
regeringen|ORG|Regeringen
regeringens|ORG|Regeringen
NCSC|ORG
Regeringen|ORG
regeringens|ORG|Regeringen
Sverige|LOC
Carl-Oskar Bohlin|PER
NCSC|ORG
FRA|ORG|Försvarets radioanstalt
""",
dates="""
mars i år|2025-03|month
år 2030|2030|year
6 mars 2026|2026-03-06|day
""",
roles="""
Carl-Oskar Bohlin|minister för civilt försvar|minister för civilt försvar|
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/06/uppdrag-for-att-minska-antibiotikaforskrivning-inom-tandvarden.md", doc_date="2025-06",
ents="""
Jakob Forssmed|PER
Sveriges|LOC|Sverige
Regeringen|ORG
Socialstyrelsen|ORG
Tandvårdsstrama|ORG
Sveriges Kommuner och Regioner|ORG
SKR|ORG|Sveriges Kommuner och Regioner
""",
dates="""
i dag|2025-06|day
2025|2025|year
""",
roles="""
Jakob Forssmed|socialminister|socialminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2023/12/lagen-om-hemlig-dataavlasning-foreslas-bli-permanent.md", doc_date="2023-12",
ents="""
Gunnar Strömmer|PER
""",
dates="""
1 april 2020|2020-04-01|day
mars 2025|2025-03|month
1 mars 2025|2025-03-01|day
""",
roles="""
Gunnar Strömmer|justitieminister|justitieminister|
"""),

dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2012/06/dir.-201272.md", doc_date="2012-06",
ents="""
""",
dates="""
i dag|2012-06|day
1 april 2014|2014-04-01|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2023/03/bokstavsutredning-om-natura-2000-tillstand-i-samband-med-gruvverksamhet-overlamnas.md", doc_date="2023-03",
ents="""
regeringen|ORG|Regeringen
Sverige|LOC
Inge Karlström|PER
Ebba Busch|PER
""",
dates="""
""",
roles="""
Ebba Busch|energi- och näringsminister|energi- och näringsminister|
Inge Karlström|utredare|Utredaren||implicit
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2008/09/u20084180s.md", doc_date="2008-09",
ents="""
Myndigheten för skolutveckling|ORG
Myndigheten för skolutveckling|ORG
Statens skolverk|ORG
Regeringskansliet|ORG
Utbildningsdepartementet|ORG
""",
dates="""
2008|2008|year
2009|2009|year
denna dag|2008-09|day
1 december 2009|2009-12-01|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/uttalanden/20222/03/gemensamt-uttalande-om-samarbetet-i-arktiska-radet-med-anledning-av-rysslands-aggression-mot-ukraina.md", doc_date=None,
ents="""
Arktiska rådet|ORG
Rysslands|LOC|Ryssland
Ukraina|LOC
Sverige|LOC
Danmark|LOC
Grönland|LOC
Färöarna|LOC
Finland|LOC
Island|LOC
Kanada|LOC
Norge|LOC
USA|LOC
Rysslands|LOC|Ryssland
Ukraina|LOC
Arktis|LOC
Rysslands|LOC|Ryssland
Arktiska rådets|ORG|Arktiska rådet
Arktis|LOC
Arktiska rådet|ORG
Ryssland|LOC
Rysslands|LOC|Ryssland
Ryssland|LOC
Arktiska rådet|ORG
""",
dates="""
""",
roles="""
"""),

dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2015/05/dir.-201551.md", doc_date="2015-05",
ents="""
EU:s|ORG|Europeiska unionen
""",
dates="""
1 november 2016|2016-11-01|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/12/fornyad-miljardsatsning-pa-psykisk-halsa-under-2026.md", doc_date="2025-12",
ents="""
Jakob Forssmed|PER
Tobias Smedberg|PER
SKR|ORG|Sveriges Kommuner och Regioner
regeringen|ORG|Regeringen
SKR|ORG|Sveriges Kommuner och Regioner
SKR|ORG|Sveriges Kommuner och Regioner
Folkhälsomyndigheten|ORG
Socialstyrelsen|ORG
""",
dates="""
2026|2026|year
2026|2026|year
tio åren|P10Y|duration
""",
roles="""
Jakob Forssmed|socialminister|socialminister|
Tobias Smedberg|ordförande|ordförande|Sveriges Kommuner och Regioner
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2021/04/uppdrag-att-hoja-kunskapen-om-valdsutsatta-personer-som-lever-med-skyddade-personuppgifter.md", doc_date="2021-04",
ents="""
Regeringen|ORG
Jämställdhetsmyndigheten|ORG
Jämställdhetsmyndigheten|ORG
Kammarkollegiet|ORG
Kammarkollegiet|ORG
Kammarkollegiet|ORG
regeringen|ORG|Regeringen
Arbetsmarknadsdepartementet|ORG
""",
dates="""
2021|2021|year
1 december 2021|2021-12-01|day
31 mars 2022|2022-03-31|day
31 mars 2022|2022-03-31|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/rapporter/2003/01/ett-effektivare-regeringskansli---forslag-till-atgarder.md", doc_date="2003-01",
ents="""
Regeringskansliet|ORG
Regeringskansliet|ORG
regeringen|ORG|Regeringen
Regeringskansliet|ORG
regeringens|ORG|Regeringen
Regeringskansliet|ORG
""",
dates="""
""",
roles="""
"""),

dict(source="shared:regeringen-raw/rapporter/2013/03/rapport-for-bolag-med-statligt-agande-januari-december-2012.md", doc_date="2013-03",
ents="""
""",
dates="""
januari-december 2012|2012-01/2012-12|range
2012|2012|year
föregående år|2011|year
2011|2011|year
2012|2012|year
juli-december|2012-07/2012-12|range
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/02/regeringen-foreslar-ett-forsta-steg-for-lattnader-i-strandskyddet.md", doc_date="2025-02",
ents="""
Regeringen|ORG
Regeringen|ORG
Romina Pourmokhtari|PER
strandskyddsutredningen|ORG|Strandskyddsutredningen
Regeringskansliet|ORG
""",
dates="""
våren|2025-SP|season
""",
roles="""
Romina Pourmokhtari|klimat- och miljöminister|klimat- och miljöminister|
"""),
]
