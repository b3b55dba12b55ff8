"""In-domain batch, annotator 4: first annotations. Notation: see build_gold.py."""

DOCS = [
# 011 (test)
dict(source="shared:regeringen-raw/faktapromemoria/2022/06/202122fpm98.md", doc_date="2022-06",
ents="""
Europa\u00adparla\u00admentets|ORG|Europaparlamentet
Regeringen|ORG
Regeringen|ORG
""",
dates="""
2002|2002|year
2011|2011|year
""",
roles="""
"""),

# 017 (test)
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

# 031 (test)
dict(source="shared:regeringen-pressmeddelanden/2024/09/nya-justitierad-i-hogsta-forvaltningsdomstolen.md", doc_date="2024-09",
ents="""
Högsta förvaltningsdomstolen|ORG
Mikael Westberg|PER
Kammarrätten i Stockholm|ORG
Försäkringskassan|ORG
Pensionsmyndigheten|ORG
Justitiedepartementet|ORG
Försäkringskassan|ORG
Mikael Westberg|PER
Mathias Säfsten|PER
Justitiedepartementet|ORG
Mathias Säfsten|PER
""",
dates="""
2023|2023|year
1 februari 2025|2025-02-01|day
2017|2017|year
12 år|P12Y|duration
31 mars 2025|2025-03-31|day
""",
roles="""
Mikael Westberg|kammarrättslagman|kammarrättslagman|Kammarrätten i Stockholm
Mikael Westberg|rättschef|rättschef|Försäkringskassan|status=former
Mikael Westberg|chefsjurist|chefsjurist|Pensionsmyndigheten|status=former
Mikael Westberg|enhetschef|enhetschef|Pensionsmyndigheten|status=former
Mikael Westberg|ämnessakkunnig|ämnessakkunnig|Justitiedepartementet|status=former
Mikael Westberg|verksamhetsområdeschef|verksamhetsområdeschef|Försäkringskassan|status=former
Mikael Westberg|utredare|utredare||status=former
Mikael Westberg|expert|expert||status=former
Mikael Westberg|justitieråd|justitieråd|Högsta förvaltningsdomstolen|status=incoming|implicit
Mathias Säfsten|departementsråd|departementsråd|Justitiedepartementet
Mathias Säfsten|enhetschef|chef för grundlagsenheten|Justitiedepartementet
Mathias Säfsten|rättssakkunnig|rättssakkunnig|Justitiedepartementet|status=former|implicit
Mathias Säfsten|kansliråd|kansliråd|Justitiedepartementet|status=former|implicit
Mathias Säfsten|ämnesråd|ämnesråd|Justitiedepartementet|status=former|implicit
Mathias Säfsten|biträdande enhetschef|biträdande enhetschef|Justitiedepartementet|status=former|implicit
Mathias Säfsten|sakkunnig|sakkunnig||status=former
Mathias Säfsten|expert|expert||status=former
Mathias Säfsten|justitieråd|justitieråd|Högsta förvaltningsdomstolen|status=incoming|implicit
"""),

# 034 (test)
dict(source="shared:regeringen-pressmeddelanden/2022/12/utokade-mojligheter-for-foretag-att-fa-skatteanstand.md", doc_date="2022-12",
ents="""
regeringen|ORG|Regeringen
Regeringen|ORG
Elisabeth Svantesson|PER
regeringen|ORG|Regeringen
regeringen|ORG|Regeringen
Ebba Busch|PER
""",
dates="""
12 februari|2023-02-12|day
12 september 2023|2023-09-12|day
tolv månader|P12M|duration
nio månader|P9M|duration
i dag|2022-12|day
två års|P2Y|duration
april–juni 2022|2022-04/2022-06|range
i dag|2022-12|day
I dag|2022-12|day
13 februari 2023|2023-02-13|day
""",
roles="""
Elisabeth Svantesson|finansminister|finansminister|
Ebba Busch|energi- och näringsminister|energi- och näringsminister|
"""),

# 036 (test)
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

# 038 (test)
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

# 039 (test)
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

# 044 (test)
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

# 051 (test)
dict(source="shared:regeringen-pressmeddelanden/2021/03/ny-ambassador-i-egypten.md", doc_date="2021-03",
ents="""
Egypten|LOC
Håkan Emsgård|PER
UD:s|ORG|Utrikesdepartementet
Haag|LOC
UD:s|ORG|Utrikesdepartementet
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
Håkan Emsgård|ambassadör|Ny ambassadör||status=incoming|implicit
Håkan Emsgård|enhetschef|chef för UD:s enhet|Utrikesdepartementet|status=former
Håkan Emsgård|sekretariatschef|chef för sekretariatet|Utbildningsdepartementet|status=former
"""),

# 055 (test)
dict(source="shared:regeringen-pressmeddelanden/2025/01/29-miljarder-for-hojd-kvalitet-i-landets-forskolor--sa-mycket-far-forskolorna-i-varje-lan.md", doc_date="2025-01",
ents="""
regeringen|ORG|Regeringen
Skolverket|ORG
Lotta Edholm|PER
Blekinge län|LOC
Dalarnas län|LOC|Dalarnas län
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

# 059 (test)
dict(source="shared:regeringen-raw/informationsmaterial/2020/05/regeringskansliets-arsbok-2019.md", doc_date="2020-05",
ents="""
Regeringskansliets|ORG|Regeringskansliet
Regeringskansliet|ORG
Regeringskansliets|ORG|Regeringskansliet
Regeringskansliet|ORG
riksdagens|ORG|Riksdagen
Regeringskansliet|ORG
Statsrådsberedningens|ORG|Statsrådsberedningen
Regeringskansliets|ORG|Regeringskansliet
Regeringskansliet|ORG
""",
dates="""
2019|2019|year
förra året|2019|year
2019|2019|year
2019|2019|year
året som gick|2019|year
""",
roles="""
"""),

# 065 (test)
dict(source="shared:regeringen-pressmeddelanden/2023/06/statlig-utredare-far-i-uppdrag-att-se-over-regleringen-for-partipolitiska-lotterier.md", doc_date="2023-06",
ents="""
riksdagen|ORG|Riksdagen
Gunnar Larsson|PER
Konsumentverket|ORG
""",
dates="""
29 februari 2024|2024-02-29|day
""",
roles="""
Gunnar Larsson|utredare|Utredare|
Gunnar Larsson|konsumentombudsman|tidigare konsumentombudsman|Konsumentverket|status=former
Gunnar Larsson|generaldirektör|generaldirektör|Konsumentverket|status=former
Gunnar Larsson|domare|domare||status=former
"""),

# 067 (test)
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

# 069 (test)
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

# 070 (test)
dict(source="shared:regeringen-pressmeddelanden/2025/06/ny-generaldirektor-for-forsvarets-materielverk.md", doc_date="2025-06",
ents="""
Försvarets materielverk|ORG
FMV|ORG|Försvarets materielverk
Sveriges|LOC|Sverige
Mikael Granholm|PER
FMV|ORG|Försvarets materielverk
Sveriges|LOC|Sverige
Pål Jonson|PER
Mikael Granholm|PER
Försvarsmakten|ORG
Regeringskansliet|ORG
Försvarsdepartementet|ORG
FMV|ORG|Försvarets materielverk
Sveriges|LOC|Sverige
Försvarsmakten|ORG
FMV|ORG|Försvarets materielverk
Försvarsdepartementet|ORG
""",
dates="""
""",
roles="""
Mikael Granholm|generaldirektör|Ny generaldirektör|Försvarets materielverk|status=incoming|implicit
Pål Jonson|försvarsminister|försvarsminister|
Mikael Granholm|generaldirektör|generaldirektör|Försvarsmakten
Mikael Granholm|förvaltningschef|förvaltningschef|Regeringskansliet|status=former
"""),

# 072 (test)
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
Ulf Kristersson|statsminister|Statsminister|
Sanna Marin|statsminister|statsminister||country=FI
"""),

# 078 (test)
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

# 082 (test)
dict(source="shared:regeringen-pressmeddelanden/2024/11/ny-lag-ger-nya-och-effektivare-mojligheter-att-ta-kriminellas-tillgangar.md", doc_date="2024-11",
ents="""
Sverige|LOC
Gunnar Strömmer|PER
""",
dates="""
""",
roles="""
Gunnar Strömmer|justitieminister|justitieminister|
"""),
]
