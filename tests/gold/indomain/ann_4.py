"""In-domain batch, annotator 4: first annotations. Notation: see build_gold.py."""

DOCS = [
# 000 (train)
dict(source="shared:regeringen-raw/tal/2023/09/tal-av-statsministern-vid-gavooverlamnande-pa-kungliga-slottet.md", doc_date="2023-09",
ents="""
Ulf Kristersson|PER
riksdag|ORG|Riksdagen
regering|ORG|Regeringen
Stockholm|LOC
Christina Fru Magnuson|PER|Christina Magnuson
Sveriges|LOC|Sverige
Sverige|LOC
Gui Minhai|PER
regeringens|ORG|Regeringen
riksdagens|ORG|Riksdagen
regeringen|ORG|Regeringen
Sverige|LOC
""",
dates="""
13 september 2023|2023-09-13|day
i dag|2023-09-13|day
50 år|P50Y|duration
1973|1973|year
50 år|P50Y|duration
50 år|P50Y|duration
""",
roles="""
Ulf Kristersson|statsminister|statsminister|
"""),

# 001 (dev)
dict(source="shared:regeringen-raw/faktapromemoria/2023/09/202223fpm127.md", doc_date="2023-09",
ents="""
Chile|LOC
Chile|LOC
Europeiska unionen|ORG
EU|ORG|Europeiska unionen
Chile|LOC
Regeringen|ORG
EU|ORG|Europeiska unionen
""",
dates="""
9 december 2022|2022-12-09|day
""",
roles="""
"""),

# 003 (train)
dict(source="shared:regeringen-pressmeddelanden/2026/01/talangattraktion-i-fokus-nar-johan-forssell-besoker-boston.md", doc_date="2026-01",
ents="""
Johan Forssell|PER
Boston|LOC
Regeringen|ORG
Sverige|LOC
Sverige|LOC
Boston|LOC
Sveriges|LOC|Sverige
Johan Forssell|PER
Sveriges|LOC|Sverige
Boston|LOC
USA|LOC
SmartCella|ORG
MIT|ORG|Massachusetts Institute of Technology
Massachusetts Institute of Technology|ORG
Harvard University|ORG
Massachusetts|LOC
Kennedy Square Association|ORG
Innovation Centre Denmark in Boston|ORG
Langer Lab|ORG
Swedish American Chamber of Commerce New England|ORG
""",
dates="""
""",
roles="""
Johan Forssell|migrationsminister|migrationsminister|
"""),

# 004 (train)
dict(source="shared:regeringen-pressmeddelanden/2024/05/skolverket-ska-redovisa-hur-myndighetens-arbete-kan-starkas.md", doc_date="2024-05",
ents="""
Skolverket|ORG
regeringen|ORG|Regeringen
Regeringen|ORG
Skolverket|ORG
Skolverket|ORG
regeringen|ORG|Regeringen
Skolverkets|ORG|Skolverket
Joakim Malmström|PER
Lotta Edholm|PER
Skolverket|ORG
""",
dates="""
""",
roles="""
Joakim Malmström|generaldirektör|nya generaldirektören|Skolverket
Lotta Edholm|skolminister|skolminister|
"""),

# 005 (train)
dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2024/12/dir.-2024122.md", doc_date="2024-12",
ents="""
Sverige|LOC
Financial Action Task Forces|ORG|Financial Action Task Force
FATF|ORG|Financial Action Task Force
""",
dates="""
19 december 2025|2025-12-19|day
""",
roles="""
"""),

# 006 (train)
dict(source="shared:regeringen-pressmeddelanden/2023/03/regeringen-ger-myndigheter-i-uppdrag-att-sprida-information-om-risker-vid-berusning-med-lustgas.md", doc_date="2023-03",
ents="""
Regeringen|ORG
Regeringen|ORG
Jakob Forssmed|PER
Läkemedelsverket|ORG
Folkhälsomyndigheten|ORG
Regeringskansliet|ORG
Regeringen|ORG
""",
dates="""
1 mars 2024|2024-03-01|day
""",
roles="""
Jakob Forssmed|socialminister|socialminister|
"""),

# 007 (train)
dict(source="shared:regeringen-raw/rapporter/2024/09/verksamhetsberattelse-for-bolag-med-statligt-agande-2023.md", doc_date="2024-09",
ents="""
Telia|ORG
SAS|ORG
LKAB|ORG
Vattenfall|ORG
Telia|ORG
Akademiska hus|ORG
Svenska spel|ORG
""",
dates="""
2023|2023|year
årsskiftet 2023/24|2023-12-31/2024-01-01|range
2023|2023|year
2023|2023|year
2022|2022|year
föregående år|2022|year
2023|2023|year
2023|2023|year
förra året|2023|year
1 maj 2024|2024-05-01|day
""",
roles="""
"""),

# 008 (train)
dict(source="shared:regeringen-pressmeddelanden/2023/08/presstraff-med-socialminister-jakob-forssmed-efter-mote-med-trossamfund.md", doc_date="2023-08",
ents="""
Jakob Forssmed|PER
Jakob Forssmed|PER
Tobias Billström|PER
Sveriges|LOC|Sverige
Utrikesdepartementet|ORG
Isak Reichel|PER
Myndigheten för stöd till trossamfund|ORG
SST|ORG|Myndigheten för stöd till trossamfund
""",
dates="""
i dag|2023-08-03|day
torsdag den 3 augusti|2023-08-03|day
""",
roles="""
Jakob Forssmed|socialminister|socialminister|
Tobias Billström|utrikesminister|utrikesminister|
Isak Reichel|direktör|direktör|Myndigheten för stöd till trossamfund
"""),

# 010 (train)
dict(source="shared:regeringen-pressmeddelanden/2025/08/bistands--och-utrikeshandelsminister-benjamin-dousa-tar-emot-estlands-minister-for-ekonomi-och-industri-erkki-keldo.md", doc_date="2025-08",
ents="""
Benjamin Dousa|PER
Estlands|LOC|Estland
Erkki Keldo|PER
EU:s|ORG|Europeiska unionen
USA|LOC
Kina|LOC
Sverige|LOC
Estland|LOC
Sveriges|LOC|Sverige
Estlands|LOC|Estland
Ukraina|LOC
Ukraina|LOC
Ryssland|LOC
Benjamin Dousa|PER
Sverige|LOC
Estland|LOC
Benjamin Dousa|PER
Estlands|LOC|Estland
Erkki Keldo|PER
""",
dates="""
februari 2025|2025-02|month
""",
roles="""
Benjamin Dousa|bistånds- och utrikeshandelsminister|Bistånds- och utrikeshandelsminister|
Erkki Keldo|minister för ekonomi och industri|minister för ekonomi och industri||country=EE
"""),

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

# 013 (train)
dict(source="shared:regeringen-raw/regeringsuppdrag/2009/12/u20097343uh.md", doc_date="2009-12",
ents="""
Göteborgs universitet|ORG
Sverige|LOC
Regeringen|ORG
Göteborgs universitet|ORG
Sverige|LOC
Göteborgs universitet|ORG
Göteborgs universitet|ORG
""",
dates="""
""",
roles="""
"""),

# 014 (train)
dict(source="shared:regeringen-pressmeddelanden/2025/04/sverige-skriver-avsiktsforklaring-om-stod-till-invanarna-i-ukrainska-gammalsvenskby.md", doc_date="2025-04",
ents="""
Sverige|LOC
Gammalsvenskby|LOC
Kiev|LOC
Gammalsvenskby|LOC
Benjamin Dousa|PER
Kherson|LOC
Beryslav|LOC
Gammalsvenskby|LOC
Sofia Hoas|PER
föreningen Svenskbyborna|ORG|Föreningen Svenskbyborna
""",
dates="""
""",
roles="""
Benjamin Dousa|bistånds- och utrikeshandelsminister|bistånds- och utrikeshandelsminister|
Sofia Hoas|ordförande|ordföranden|Föreningen Svenskbyborna
"""),

# 015 (train)
dict(source="shared:regeringen-pressmeddelanden/2025/06/sjo--och-flygraddningens-hemvist-utreds.md", doc_date="2025-06",
ents="""
Sveriges|LOC|Sverige
Andreas Carlson|PER
Kustbevakningen|ORG
Myndigheten för samhällsskydd och beredskap|ORG
MSB|ORG|Myndigheten för samhällsskydd och beredskap
Sjöfartsverkets|ORG|Sjöfartsverket
Sjöräddningssällskapet|ORG
Sverige|LOC
Carl-Oskar Bohlin|PER
""",
dates="""
30 april 2026|2026-04-30|day
""",
roles="""
Andreas Carlson|infrastruktur- och bostadsminister|infrastruktur- och bostadsminister|
Carl-Oskar Bohlin|minister för civilt försvar|minister för civilt försvar|
"""),

# 016 (train)
dict(source="shared:regeringen-pressmeddelanden/2015/06/ny-ambassador-i-italien.md", doc_date="2015-06",
ents="""
Italien|LOC
Regeringen|ORG
Robert Rydberg|PER
Rom|LOC
Robert Rydberg|PER
UD:s|ORG|Utrikesdepartementet
Tel Aviv|LOC
Kinshasa|LOC
Tchad|LOC
Pretoria|LOC
FN-representationen|ORG
New York|LOC
Robert Rydberg|PER
""",
dates="""
idag|2015-06|day
hösten 2015|2015-FA|season
""",
roles="""
Robert Rydberg|ambassadör|ambassadör||status=incoming
Robert Rydberg|enhetschef|chef för UD:s Mellanöstern- och Nordafrikaenhet|Utrikesdepartementet
Robert Rydberg|ambassadör med särskilt uppdrag|ambassadör med särskilt uppdrag||status=former
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

# 018 (train)
dict(source="shared:regeringen-pressmeddelanden/2023/12/krisstod-till-sveriges-lantbrukare-efter-sommarens-vadersituation-borjar-betalas-ut.md", doc_date="2023-12",
ents="""
Sveriges|LOC|Sverige
regeringen|ORG|Regeringen
Regeringen|ORG
Peter Kullgren|PER
regeringen|ORG|Regeringen
Jordbruksverket|ORG
Sveriges|LOC|Sverige
Jordbruksverket|ORG
Sverige|LOC
Jordbruksverket|ORG
Peter Kullgren|PER
""",
dates="""
sommarens|2023-SU|season
Årets|2023|year
året|2023|year
sommaren|2023-SU|season
Förra veckan|2023-12|week
årets|2023|year
november|2023-11|month
2023|2023|year
""",
roles="""
Peter Kullgren|landsbygdsminister|landsbygdsminister|
"""),

# 019 (train)
dict(source="shared:regeringen-raw/regeringsuppdrag/2024/03/uppdrag-att-analysera-behovet-av-ett-forstarkt-kundskydd-pa-fjarrvarmemarknaden.md", doc_date="2024-03",
ents="""
Regeringen|ORG
Energimarknadsinspektionen|ORG
Energimarknadsinspektionen|ORG
Energimarknadsinspektionen|ORG
Fjärrvärmenämnden|ORG
Energimarknadsinspektionen|ORG
""",
dates="""
""",
roles="""
"""),

# 020 (dev)
dict(source="shared:regeringen-raw/regeringsuppdrag/2017/02/uppdrag-att-stodja-utvecklingen-av-arbetsmetoden-100--ren-hardtraning-och-natverket-prodis.md", doc_date="2017-02",
ents="""
PRODIS|ORG
Regeringen|ORG
Folkhälsomyndigheten|ORG
Stockholm förebygger alkohol- och drogproblem|ORG
STAD|ORG|Stockholm förebygger alkohol- och drogproblem
PRODIS|ORG
Folkhälsomyndigheten|ORG
STAD|ORG|Stockholm förebygger alkohol- och drogproblem
Folkhälsomyndigheten|ORG
Socialdepartementet|ORG
""",
dates="""
2017|2017|year
31 mars 2018|2018-03-31|day
""",
roles="""
"""),

# 021 (train)
dict(source="shared:regeringen-pressmeddelanden/2024/03/proposition-om-tydligare-regler-for-val-till-sametinget.md", doc_date="2024-03",
ents="""
Sametinget|ORG
riksdagen|ORG|Riksdagen
sametinget|ORG|Sametinget
""",
dates="""
19 mars 2024|2024-03-19|day
1 augusti 2024|2024-08-01|day
18 maj 2025|2025-05-18|day
""",
roles="""
"""),

# 022 (train)
dict(source="shared:regeringen-pressmeddelanden/2025/07/barnets-stallning-ska-starkas--ny-utredning-om-barns-rattigheter-i-familjerattsliga-fragor.md", doc_date="2025-07",
ents="""
Gunnar Strömmer|PER
Camilla Waltersson Grönvall|PER
regeringens|ORG|Regeringen
Ulrika Ihrfelt|PER
""",
dates="""
24 augusti 2026|2026-08-24|day
""",
roles="""
Gunnar Strömmer|justitieminister|justitieminister|
Camilla Waltersson Grönvall|socialtjänstminister|socialtjänstminister|
Ulrika Ihrfelt|hovrättsråd|hovrättsrådet|
Ulrika Ihrfelt|vice ordförande|vice ordföranden|
Ulrika Ihrfelt|utredare|Utredaren||implicit
"""),

# 024 (dev)
dict(source="shared:regeringen-pressmeddelanden/2023/07/uppdrag-till-brottsoffermyndigheten-for-ett-mer-samordnat-stod-till-brottsoffer.md", doc_date="2023-07",
ents="""
Brottsoffermyndigheten|ORG
Hässelby|LOC
Sverige|LOC
Brottsoffermyndigheten|ORG
Gunnar Strömmer|PER
Gunnar Strömmer|PER
Hässelby|LOC
Brottsoffermyndigheten|ORG
Regeringen|ORG
regeringen|ORG|Regeringen
""",
dates="""
maj|2023-05|month
10 juni 2024|2024-06-10|day
""",
roles="""
Gunnar Strömmer|justitieminister|justitieminister|
"""),

# 026 (train)
dict(source="shared:regeringen-raw/artiklar/2022/12/sverige-och-japan-fordjupar-forsvarssamarbetet.md", doc_date="2022-12",
ents="""
Sverige|LOC
Japan|LOC
Pål Jonson|PER
Japans|LOC|Japan
Stockholm|LOC
Noke Masaki|PER
Sverige|LOC
Japan|LOC
Sverige|LOC
Japan|LOC
Pål Jonson|PER
Sverige|LOC
Japan|LOC
""",
dates="""
19 december|2022-12-19|day
""",
roles="""
Pål Jonson|försvarsminister|försvarsminister|
Noke Masaki|ambassadör|ambassadör||country=JP
"""),

# 027 (dev)
dict(source="shared:regeringen-pressmeddelanden/2024/02/socialminister-jakob-forssmed-besoker-region-skane-och-judiska-forsamlingen-i-malmo.md", doc_date="2024-02",
ents="""
Jakob Forssmed|PER
Region Skåne|ORG
judiska församlingen i Malmö|ORG|Judiska församlingen i Malmö
Region Skånes|ORG|Region Skåne
Malmö|LOC
HSB:s|ORG|HSB
Lund|LOC
Malmö|LOC
judiska församlingen i Malmö|ORG|Judiska församlingen i Malmö
Simon Hoff|PER
""",
dates="""
""",
roles="""
Jakob Forssmed|socialminister|Socialminister|
Simon Hoff|pressekreterare|pressekreterare|
"""),

# 028 (train)
dict(source="shared:regeringen-pressmeddelanden/2025/11/forslag-om-anpassning-av-svensk-ratt-till-eus-migrations--och-asylpakt-remitteras.md", doc_date="2025-11",
ents="""
EU:s|ORG|Europeiska unionen
EU:s|ORG|Europeiska unionen
EU|ORG|Europeiska unionen
EU|ORG|Europeiska unionen
EU:s|ORG|Europeiska unionen
EU|ORG|Europeiska unionen
Sverige|LOC
Johan Forssell|PER
EU|ORG|Europeiska unionen
Justitiedepartementet|ORG
Ingela Fridström|PER
Advokatsamfundet|ORG|Sveriges advokatsamfund
Förvaltningsrätten i Malmö|ORG
Integritetsskydds\u00ad\u00admyndigheten|ORG|Integritetsskyddsmyndigheten
Kammarrätten i Stockholm|ORG
Migrationsverket|ORG
Polismyndigheten|ORG
Säkerhetspolisen|ORG
""",
dates="""
våren 2024|2024-SP|season
""",
roles="""
Johan Forssell|migrationsminister|migrationsminister|
Ingela Fridström|kammarrättsråd|före detta kammarrättsrådet||status=former
"""),

# 030 (train)
dict(source="shared:regeringen-pressmeddelanden/2015/06/sverige-sluter-mou-med-indien-om-hallbar-stadsplanering.md", doc_date="2015-06",
ents="""
Sverige|LOC
Indien|LOC
Mehmet Kaplan|PER
Indien|LOC
Sveriges|LOC|Sverige
Sverige|LOC
Indien|LOC
Mehmet Kaplan|PER
Sverige|LOC
Indien|LOC
Sverige|LOC
Mehmet Kaplan|PER
""",
dates="""
Idag|2015-06|day
""",
roles="""
Mehmet Kaplan|bostads-, stadsutvecklings- och it-minister|bostads-, stadsutvecklings- och it-minister|
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

# 032 (train)
dict(source="shared:regeringen-pressmeddelanden/2020/05/regeringsbeslut-om-anvisningar-till-en-ny-strategi-for-bangladesh.md", doc_date="2020-05",
ents="""
Bangladesh|LOC
Bangladesh|LOC
Bangladesh|LOC
Regeringen|ORG
Sida|ORG|Styrelsen för internationellt utvecklingssamarbete
Sida|ORG|Styrelsen för internationellt utvecklingssamarbete
Sida|ORG|Styrelsen för internationellt utvecklingssamarbete
regeringen|ORG|Regeringen
""",
dates="""
2021-2025|2021/2025|range
4 september 2020|2020-09-04|day
""",
roles="""
"""),

# 033 (dev)
dict(source="shared:regeringen-pressmeddelanden/2026/01/en-modernare-och-mer-flexibel-utbildning-for-yrkesforare.md", doc_date="2026-01",
ents="""
Sveriges|LOC|Sverige
Andreas Carlson|PER
Transportstyrelsen|ORG
regeringen|ORG|Regeringen
""",
dates="""
december 2023|2023-12|month
1 september 2026|2026-09-01|day
""",
roles="""
Andreas Carlson|infrastruktur- och bostadsminister|infrastruktur- och bostadsminister|
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

# 035 (train)
dict(source="shared:regeringen-raw/artiklar/2021/05/jamlik-utbildning-och-aterhamtning-i-kultursektorn-pa-eu-mote.md", doc_date="2021-05",
ents="""
EU:s|ORG|Europeiska unionen
Bryssel|LOC
EU|ORG|Europeiska unionen
Torbjörn Haak|PER
Sverige|LOC
""",
dates="""
17 maj|2021-05-17|day
""",
roles="""
Torbjörn Haak|ambassadör|Ambassadör|
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

# 037 (train)
dict(source="shared:regeringen-pressmeddelanden/2023/07/utredningen-om-overskuldsattning-overlamnar-sitt-betankande.md", doc_date="2023-07",
ents="""
Kronofogdemyndigheten|ORG
Kronofogdemyndigheten|ORG
Kronofogdemyndigheten|ORG
Kronofogdemyndigheten|ORG
Erik Slottner|PER
Kronofogdemyndigheten|ORG
Statskontoret|ORG
""",
dates="""
tio år|P10Y|duration
förra året|2022|year
det senaste året|P1Y|duration
förra årets slut|2022-12-31|day
""",
roles="""
Erik Slottner|civilminister|civilminister|
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

# 040 (train)
dict(source="shared:regeringen-raw/remisser/2025/12/remiss-av-promemorian-publicering-av-domar-med-anledning-av-genomforandet-av-direktivet-om-skydd-for-personer-som-deltar-i-den-offentliga-debatten.md", doc_date="2025-12",
ents="""
regeringen|ORG|Regeringen
Justitiedepartementet|ORG
""",
dates="""
6 februari 2026|2026-02-06|day
""",
roles="""
"""),

# 041 (train)
dict(source="shared:regeringen-raw/regeringsuppdrag/2010/05/s20103699st.md", doc_date="2010-05",
ents="""
Socialstyrelsen|ORG
Sveriges Kommuner och Landsting|ORG
Socialstyrelsen|ORG
Socialstyrelsen|ORG
Socialstyrelsen|ORG
Socialstyrelsen|ORG
Kammarkollegiet|ORG
Socialstyrelsen|ORG
Socialstyrelsen|ORG
Regeringskansliet|ORG
Socialdepartementet|ORG
""",
dates="""
2010|2010|year
31 mars 2011|2011-03-31|day
år 2011|2011|year
31 maj 2013|2013-05-31|day
""",
roles="""
"""),

# 042 (train)
dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2006/09/dir.-200697.md", doc_date="2006-09",
ents="""
""",
dates="""
31 december 2007|2007-12-31|day
""",
roles="""
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
