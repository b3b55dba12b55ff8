"""In-domain batch, annotator 5: second annotations of agreement documents (independent, from scratch)."""

DOCS = [
dict(source="shared:regeringen-pressmeddelanden/2026/01/utredning-for-genomforande-av-eu-intyg-forlangs.md", doc_date="2026-01",
ents="""
Camilla Waltersson Grönvall|PER
Regeringen|ORG
Sverige|LOC
""",
dates="""
två månader|P2M|duration
15 oktober 2026|2026-10-15|day
september 2025|2025-09|month
""",
roles="""
Camilla Waltersson Grönvall|socialtjänstminister|socialtjänstminister|
"""),

dict(source="shared:regeringen-raw/informationsmaterial/2010/03/den-nya-skollagen---for-kunskap-valfrihet-och-trygghet---sammanfattning-av-regeringens-proposition-200910165.-lattlast-svensk.md", doc_date="2010-03",
ents="""
regeringens|ORG|Regeringen
regeringen|ORG|Regeringen
riksdagen|ORG|Riksdagen
Riksdagen|ORG
""",
dates="""
23 mars år 2010|2010-03-23|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/05/mote-med-naringslivsradet-om-talangattraktion.md", doc_date="2025-05",
ents="""
Johan Forssell|PER
Sveriges|LOC|Sverige
Sverige|LOC
EU|ORG|Europeiska unionen
Johan Forssell|PER
Sverige|LOC
""",
dates="""
december 2024|2024-12|month
""",
roles="""
Johan Forssell|migrationsminister|migrationsminister|
"""),

dict(source="shared:regeringen-raw/artiklar/2018/12/expo-2020-in-dubai.md", doc_date="2018-12",
ents="""
Dubai|LOC
Dubai|LOC
United Arab Emirates|LOC|Förenade Arabemiraten
government|ORG|Regeringen
Sweden’s|LOC|Sverige
Dubai|LOC
Karl-Henrik Sundström|PER
Sweden|LOC|Sverige
government|ORG|Regeringen
Sweden’s|LOC|Sverige
Dubai|LOC
Karl-Henrik Sundström|PER
Boliden|ORG
Stora Enso|ORG
""",
dates="""
October 1, 2021|2021-10-01|day
March 31|2022-03-31|day
""",
roles="""
Karl-Henrik Sundström|ordförande|chaired|
Karl-Henrik Sundström|vice ordförande|vice chair|Boliden
Karl-Henrik Sundström|verkställande direktör|former CEO|Stora Enso|status=former
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/05/uppdrag-for-att-starka-beredskapen-mot-gransoverskridande-halsohot.md", doc_date="2025-05",
ents="""
Sverige|LOC
ECDC|ORG
Sverige|LOC
ECDC|ORG
Jakob Forssmed|PER
Folkhälsomyndigheten|ORG
ECDC:s|ORG|ECDC
ECDC|ORG
ECDC|ORG
Sverige|LOC
Folkhälsomyndigheten|ORG
Regeringskansliet|ORG
""",
dates="""
2024|2024|year
nio månader|P9M|duration
19 september 2025|2025-09-19|day
""",
roles="""
Jakob Forssmed|socialminister|socialminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2021/03/ny-ambassador-i-egypten.md", doc_date="2021-03",
ents="""
Egypten|LOC
Håkan Emsgård|PER
UD:s|ORG|Utrikesdepartementet
Haag|LOC
UD:s|ORG|Utrikesdepartementet
Europeiska unionen|ORG
Utbildningsdepartementet|ORG
Statsrådsberedningen|ORG
Europeiska banken för återuppbyggnad och utveckling|ORG
EBRD|ORG|Europeiska banken för återuppbyggnad och utveckling
London|LOC
Håkan Emsgård|PER
""",
dates="""
våren 2021|2021-SP|season
""",
roles="""
Håkan Emsgård|ambassadör|ambassadör||status=former
Håkan Emsgård|enhetschef|chef för UD:s enhet för Europeiska unionen|Utrikesdepartementet|status=former
Håkan Emsgård|sekretariatschef|chef för sekretariatet för analys och internationell verksamhet|Utbildningsdepartementet|status=former
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/01/29-miljarder-for-hojd-kvalitet-i-landets-forskolor--sa-mycket-far-forskolorna-i-varje-lan.md", doc_date="2025-01",
ents="""
regeringen|ORG|Regeringen
Skolverket|ORG
Lotta Edholm|PER
Blekinge län|LOC
Dalarnas län|LOC
Gotlands län|LOC
Gävleborgs län|LOC
Hallands län|LOC
Jämtlands län|LOC
Jönköpings län|LOC
Kalmar län|LOC
Kronobergs län|LOC
Norrbottens län|LOC
Skåne län|LOC
Stockholms län|LOC
Södermanlands län|LOC
Uppsala län|LOC
Värmlands län|LOC
Västerbottens län|LOC
Västernorrlands län|LOC
Västmanlands län|LOC
Västra Götalands län|LOC
Örebro län|LOC
Östergötlands län|LOC
Skolverket|ORG
""",
dates="""
2025|2025|year
""",
roles="""
Lotta Edholm|skolminister|skolminister|
"""),

dict(source="shared:regeringen-raw/artiklar/2025/10/statsministern-vard-for-nordiskt-toppmote-med-eu-kommissionens-ordforande.md", doc_date="2025-10",
ents="""
EU-kommissionens|ORG|Europeiska kommissionen
Ulf Kristersson|PER
Nordiska ministerrådets|ORG|Nordiska ministerrådet
Stockholm|LOC
EU-kommissionens|ORG|Europeiska kommissionen
Ursula von der Leyen|PER
Ulf Kristersson|PER
EU-kommissionens|ORG|Europeiska kommissionen
Ursula von der Leyen|PER
Danmarks|LOC|Danmark
Mette Fredriksen|PER|Mette Frederiksen
Finlands|LOC|Finland
Petteri Orpo|PER
Färöarnas|LOC|Färöarna
Aksel V. Johannesen|PER
Islands|LOC|Island
Kristrún Frostadóttir|PER
Norges|LOC|Norge
Jonas Gahr Støre|PER
Ålands|LOC|Åland
Katrin Sjögren|PER
Nordiska ministerrådets|ORG|Nordiska ministerrådet
Karen Ellemann|PER
Nordiska rådets|ORG|Nordiska rådet
Sverige|LOC
riksdagen|ORG|Riksdagen
""",
dates="""
28 oktober|2025-10-28|day
2025|2025|year
""",
roles="""
Ulf Kristersson|statsminister|statsminister|
Ursula von der Leyen|ordförande|ordförande|Europeiska kommissionen|country=EU
Mette Frederiksen|statsminister|statsminister||country=DK
Petteri Orpo|statsminister|statsminister||country=FI
Aksel V. Johannesen|lagman|lagman||country=FO
Kristrún Frostadóttir|statsminister|statsminister||country=IS
Jonas Gahr Støre|statsminister|statsminister||country=NO
Katrin Sjögren|lantråd|lantråd||country=AX
Karen Ellemann|generalsekreterare|generalsekreterare|Nordiska ministerrådet|country=XX
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2012/01/s20102667fst.md", doc_date="2012-01",
ents="""
Regeringen|ORG
Statskontoret|ORG
Sveriges Kommuner och Landsting|ORG
Statskontoret|ORG
Statskontoret|ORG
Socialdepartementet|ORG
Sveriges Kommuner och Landsting|ORG
Famna|ORG
Vårdföretagarna|ORG
Statskontoret|ORG
Socialdepartementet|ORG
""",
dates="""
2014|2014|year
1 september 2015|2015-09-01|day
25 mars 2010|2010-03-25|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2023/01/statsminister-ulf-kristersson-valkomnar-finlands-statsminister-sanna-marin.md", doc_date="2023-01",
ents="""
Ulf Kristersson|PER
Finlands|LOC|Finland
Sanna Marin|PER
Finland|LOC
Sverige|LOC
Finland|LOC
EU|ORG|Europeiska unionen
Nato|ORG
Ulf Kristersson|PER
""",
dates="""
""",
roles="""
Ulf Kristersson|statsminister|statsminister|
Sanna Marin|statsminister|statsminister||country=FI
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/10/utredare-ska-inratta-en-ny-civil-utrikesunderrattelsetjanst.md", doc_date="2025-10",
ents="""
regeringens|ORG|Regeringen
Regeringskansliets|ORG|Regeringskansliet
Försvarsmakten|ORG
Försvarets Radioanstalt|ORG|Försvarets radioanstalt
FRA|ORG|Försvarets radioanstalt
Säkerhetspolisen|ORG
regeringen|ORG|Regeringen
Försvarsmakten|ORG
Underrättelseutredningen|ORG
Sveriges|LOC|Sverige
Annika Brändström|PER
""",
dates="""
13 juni|2025-06-13|day
31 december 2026|2026-12-31|day
""",
roles="""
Annika Brändström|utredare|utredare|
"""),
]
