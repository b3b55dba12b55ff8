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

# 043 (train)
dict(source="shared:regeringen-raw/uttalanden/2026/01/uttalande-fran-utrikesdepartementet-med-anledning-av-uppkallande-av-irans-ambassador.md", doc_date="2026-01",
ents="""
Utrikesdepartementet|ORG
Irans|LOC|Iran
Utrikesdepartementet|ORG
Irans|LOC|Iran
Stockholm|LOC
Iran|LOC
Iran|LOC
""",
dates="""
i dag|2026-01-14|day
14 januari|2026-01-14|day
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

# 045 (train)
dict(source="shared:regeringen-raw/artiklar/2014/09/nationell-samordnare-for-den-sociala-barn-och-ungdomsvarden.md", doc_date="2014-09",
ents="""
Sveriges Kommuner och Landsting|ORG
SKL|ORG|Sveriges Kommuner och Landsting
Socialstyrelsen|ORG
Inspektionen för Vård och Omsorg|ORG|Inspektionen för vård och omsorg
IVO|ORG|Inspektionen för vård och omsorg
Barnombudsmannen|ORG
Socialdepartementet|ORG
""",
dates="""
15 december 2017|2017-12-15|day
""",
roles="""
"""),

# 046 (train)
dict(source="shared:regeringen-pressmeddelanden/2024/04/johan-pehrson-leder-samtal-om-brottslighet-i-valfarden.md", doc_date="2024-04",
ents="""
Johan Pehrson|PER
Arbetsförmedlingens|ORG|Arbetsförmedlingen
Utbetalningsmyndighetens|ORG|Utbetalningsmyndigheten
Maria Hemström Hemmingsson|PER
Per Eleblad|PER
Ekobrottsmyndigheten|ORG
""",
dates="""
""",
roles="""
Maria Hemström Hemmingsson|generaldirektör|generaldirektörer|Arbetsförmedlingen
Per Eleblad|generaldirektör|generaldirektörer|Utbetalningsmyndigheten
"""),

# 048 (train)
dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2015/03/dir.-201526.md", doc_date="2015-03",
ents="""
Sverige|LOC
""",
dates="""
31 oktober 2015|2015-10-31|day
30 april 2016|2016-04-30|day
""",
roles="""
"""),

# 049 (train)
dict(source="shared:regeringen-pressmeddelanden/2016/09/ny-ambassador-i-belgien-och-luxemburg.md", doc_date="2016-09",
ents="""
Belgien|LOC
Luxemburg|LOC
Annika Hahn-Englund|PER
UD:s|ORG|Utrikesdepartementet
Peking|LOC
Bonn|LOC
Sveriges EU-representation|ORG|Sveriges ständiga representation vid Europeiska unionen
Bryssel|LOC
EU-kommissionens|ORG|Europeiska kommissionen
Annika Hahn-Englund|PER
""",
dates="""
idag|2016-09|day
september i år|2016-09|month
""",
roles="""
Annika Hahn-Englund|ambassadör|Ny ambassadör||status=incoming|implicit
Annika Hahn-Englund|ambassadör för nordiskt samarbete|ambassadör för nordiskt samarbete|Utrikesdepartementet
Annika Hahn-Englund|gruppchef|chef för nordisk-baltiska gruppen|Utrikesdepartementet|status=former|implicit
"""),

# 050 (dev)
dict(source="shared:regeringen-pressmeddelanden/2020/12/gemensam-kampanj-heder.md", doc_date="2020-12",
ents="""
Sverige|LOC
Sverige|LOC
Negin Amirekhtiar|PER
Länsstyrelsen Östergötland|ORG|Länsstyrelsen i Östergötlands län
Utrikesdepartementet|ORG
Erica Neiglick|PER
UD:s|ORG|Utrikesdepartementet
polisen|ORG|Polismyndigheten
Jenny Edin|PER
polisens|ORG|Polismyndigheten
Länsstyrelsen Östergötland|ORG|Länsstyrelsen i Östergötlands län
Stockholm|LOC
Göteborg|LOC
Malmö|LOC
""",
dates="""
vecka 50|2020-W50|week
""",
roles="""
Jenny Edin|kommissarie|kommissarie|
Jenny Edin|processledare|processledare för polisens arbete|Polismyndigheten
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

# 052 (train)
dict(source="shared:regeringen-pressmeddelanden/2024/08/deklaration-om-elflyg-antogs-under-nordiskt-transportministermote-i-goteborg.md", doc_date="2024-08",
ents="""
Göteborg|LOC
Norden|LOC
Andreas Carlson|PER
Fredrikstad|LOC
Fredrikstad|LOC
Andreas Carlson|PER
""",
dates="""
november 2022|2022-11|month
2030|2030|year
dagens|2024-08|day
""",
roles="""
Andreas Carlson|infrastruktur- och bostadsminister|infrastruktur- och bostadsminister|
"""),

# 053 (dev)
dict(source="shared:regeringen-raw/rapporter/2007/10/vardepappersmarknad-i-forandring---konsekvenser-for-stockholm-som-finansplats.md", doc_date="2007-10",
ents="""
Stockholm|LOC
Stockholm|LOC
Norden|LOC
OMX|ORG
OMX|ORG
Finansmarknadsrådets|ORG|Finansmarknadsrådet
OMX|ORG
""",
dates="""
""",
roles="""
"""),

# 054 (train)
dict(source="shared:regeringen-pressmeddelanden/2022/12/skyddet-for-den-centrala-statsledningen-starks.md", doc_date="2022-12",
ents="""
Säkerhetspolisen|ORG
Säkerhetspolisen|ORG
Säkerhetspolisen|ORG
Justitiedepartementet|ORG
Regeringen|ORG
Säkerhetspolisens|ORG|Säkerhetspolisen
Säkerhetspolisen|ORG
""",
dates="""
i dag|2022-12|day
i dag|2022-12|day
1 januari 2023|2023-01-01|day
""",
roles="""
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

# 056 (dev)
dict(source="shared:regeringen-pressmeddelanden/2023/02/finansmarknadsministern-kommenterade-de-finansiella-riskerna-pa-den-kommersiella-fastighetsmarknaden.md", doc_date="2023-02",
ents="""
Niklas Wykman|PER
""",
dates="""
2022|2022|year
""",
roles="""
Niklas Wykman|finansmarknadsminister|finansmarknadsminister|
"""),

# 057 (train)
dict(source="shared:regeringen-pressmeddelanden/2023/03/andreas-carlson-besoker-finland.md", doc_date="2023-03",
ents="""
Andreas Carlson|PER
Finland|LOC
Andreas Carlson|PER
Finlands|LOC|Finland
Timo Harakka|PER
kommunikationsministeriet|ORG|Kommunikationsministeriet
""",
dates="""
""",
roles="""
Timo Harakka|kommunikationsminister|kommunikationsminister||country=FI
"""),

# 058 (train)
dict(source="shared:regeringen-raw/rapporter/2009/12/ju20093950a.md", doc_date="2009-12",
ents="""
Regeringen|ORG
Regeringen|ORG
Rikspolisstyrelsen|ORG
Åklagarmyndigheten|ORG
Domstolsverket|ORG
""",
dates="""
2009-11-30|2009-11-30|day
maj 2009|2009-05|month
""",
roles="""
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

# 060 (train)
dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2016/06/dir.-201647.md", doc_date="2016-06",
ents="""
Sverige|LOC
Sverige|LOC
Sverige|LOC
regeringens|ORG|Regeringen
""",
dates="""
år 2015|2015|year
2015|2015|year
2015|2015|year
andra halvåret|2015-H2|half
28 februari 2017|2017-02-28|day
2015|2015|year
""",
roles="""
"""),

# 061 (train)
dict(source="shared:regeringen-raw/regeringsuppdrag/2024/06/uppdrag-att-stodja-socialstyrelsen-i-myndighetens-uppdrag-att-utveckla-en-nationell-modell-for-riskbedomning-inom-tandvarden1.md", doc_date="2024-06",
ents="""
Socialstyrelsen|ORG
Regeringen|ORG
Statens beredning för medicinsk och social utvärdering|ORG
Socialstyrelsen|ORG
Statens beredning för medicinsk och social utvärdering|ORG
Försäkringskassan|ORG
Tandvårds- och läkemedelsförmånsverket|ORG
""",
dates="""
""",
roles="""
"""),

# 062 (train)
dict(source="shared:regeringen-pressmeddelanden/2023/06/regeringen-utser-nya-ledamoter-i-insynsradet-for-swedac.md", doc_date="2023-06",
ents="""
Regeringen|ORG
Swedac|ORG|Styrelsen för ackreditering och teknisk kontroll
Swedacs|ORG|Styrelsen för ackreditering och teknisk kontroll
Johan Forssell|PER
Johan Forssell|PER
Björn Fägersten|PER
Utrikespolitiska institutet|ORG
Monica Haider|PER
S|ORG|Socialdemokraterna
Ann-Charlotte Hammar Johnsson|PER
M|ORG|Moderaterna
Thomas Hörnfeldt|PER
SSAB|ORG
Karl-Henrik Johansson|PER
Kungliga Tekniska Högskolan|ORG|Kungliga Tekniska högskolan
Annika Wallenskog|PER
Sveriges Kommuner och Regioner|ORG
SKR|ORG|Sveriges Kommuner och Regioner
Stina Wallström|PER
IKEA|ORG
Petra Örjegren|PER
Företagarnas|ORG|Företagarna
Styrelsen för ackreditering och teknisk kontroll|ORG
Ulf Hammarström|PER
""",
dates="""
""",
roles="""
Johan Forssell|bistånds- och utrikeshandelsminister|bistånds- och utrikeshandelsminister|
Monica Haider|riksdagsledamot|riksdagsledamot|
Ann-Charlotte Hammar Johnsson|riksdagsledamot|riksdagsledamot|
Thomas Hörnfeldt|hållbarhetschef|hållbarhetschef|SSAB
Karl-Henrik Johansson|professor|professor|Kungliga Tekniska högskolan
Annika Wallenskog|chefsekonom|chefsekonom|Sveriges Kommuner och Regioner
Petra Örjegren|ledamot|riksstyrelse|Företagarna|implicit
Ulf Hammarström|generaldirektör|Generaldirektören|Styrelsen för ackreditering och teknisk kontroll
Ulf Hammarström|ordförande|ordförande|Styrelsen för ackreditering och teknisk kontroll
Björn Fägersten|ledamot|Ledamöterna|Styrelsen för ackreditering och teknisk kontroll|implicit
Monica Haider|ledamot|Ledamöterna|Styrelsen för ackreditering och teknisk kontroll|implicit
Ann-Charlotte Hammar Johnsson|ledamot|Ledamöterna|Styrelsen för ackreditering och teknisk kontroll|implicit
Thomas Hörnfeldt|ledamot|Ledamöterna|Styrelsen för ackreditering och teknisk kontroll|implicit
Karl-Henrik Johansson|ledamot|Ledamöterna|Styrelsen för ackreditering och teknisk kontroll|implicit
Annika Wallenskog|ledamot|Ledamöterna|Styrelsen för ackreditering och teknisk kontroll|implicit
Stina Wallström|ledamot|Ledamöterna|Styrelsen för ackreditering och teknisk kontroll|implicit
Petra Örjegren|ledamot|Ledamöterna|Styrelsen för ackreditering och teknisk kontroll|implicit
"""),

# 063 (train)
dict(source="shared:regeringen-raw/regeringsuppdrag/2010/05/s20103700st.md", doc_date="2010-05",
ents="""
Socialstyrelsen|ORG
Sveriges Kommuner och Landsting|ORG
Socialstyrelsen|ORG
Kammarkollegiet|ORG
Socialstyrelsen|ORG
Regeringskansliet|ORG
Socialdepartementet|ORG
""",
dates="""
31 december 2011|2011-12-31|day
""",
roles="""
"""),

# 064 (train)
dict(source="shared:regeringen-raw/regeringsuppdrag/2008/08/ij20081713disk.md", doc_date="2008-08",
ents="""
Statskontoret|ORG
Regeringen|ORG
Statskontoret|ORG
Arbetsmarknadsstyrelsen|ORG
Arbetsförmedlingen|ORG
Domstolsverket|ORG
Kriminalvården|ORG
Rikspolisstyrelsen|ORG
Åklagarmyndigheten|ORG
Försvarsmakten|ORG
Totalförsvarets pliktverk|ORG
Försvarshögskolan|ORG
""",
dates="""
2002|2002|year
2004|2004|year
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

# 066 (train)
dict(source="shared:regeringen-pressmeddelanden/2024/03/utredare-foreslar-tidsbegransat-utvecklingsstod-till-tidskrifter.md", doc_date="2024-03",
ents="""
Regeringen|ORG
Parisa Liljestrand|PER
Regeringskansliet|ORG
""",
dates="""
""",
roles="""
Parisa Liljestrand|kulturminister|kulturminister|
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

# 068 (train)
dict(source="shared:regeringen-pressmeddelanden/2025/03/ai-for-ansiktsigenkanning-i-realtid--ett-nytt-effektivt-verktyg-for-polisen.md", doc_date="2025-03",
ents="""
polisen|ORG|Polismyndigheten
polisen|ORG|Polismyndigheten
Sverige|LOC
polisen|ORG|Polismyndigheten
polisen|ORG|Polismyndigheten
polisen|ORG|Polismyndigheten
Gunnar Strömmer|PER
polisen|ORG|Polismyndigheten
Erik Slottner|PER
Polisen|ORG|Polismyndigheten
Martin Melin|PER
Liberalerna|ORG
Integritetsskyddsmyndigheten|ORG
polisens|ORG|Polismyndigheten
""",
dates="""
24 timmar|PT24H|duration
1 januari 2026|2026-01-01|day
""",
roles="""
Gunnar Strömmer|justitieminister|justitieminister|
Erik Slottner|civilminister|civilminister|
Martin Melin|rättspolitisk talesperson|rättspolitisk talesperson|Liberalerna
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

# 071 (train)
dict(source="shared:regeringen-pressmeddelanden/2019/05/sverige-deltar-i-natos-stabsovning-crisis-management-exercise-2019.md", doc_date="2019-05",
ents="""
Sverige|LOC
Natos|ORG|Nato
Sverige|LOC
Natos|ORG|Nato
Nato|ORG
Sveriges|LOC|Sverige
Sverige|LOC
Finland|LOC
Sverige|LOC
Nato|ORG
Sveriges|LOC|Sverige
Sverige|LOC
Försvarsdepartementet|ORG
Utrikesdepartementet|ORG
Justitiedepartementet|ORG
Sveriges delegation vid Nato|ORG
Myndigheten för samhällsskydd och beredskap|ORG
MSB|ORG|Myndigheten för samhällsskydd och beredskap
Försvarsmakten|ORG
Natos|ORG|Nato
Natos|ORG|Nato
Bryssel|LOC
""",
dates="""
1997|1997|year
årets|2019|year
""",
roles="""
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

# 073 (train)
dict(source="shared:regeringen-pressmeddelanden/2016/04/ny-ambassador-i-mexiko.md", doc_date="2016-04",
ents="""
Mexiko|LOC
Regeringen|ORG
Annika Thunborg|PER
Mexiko|LOC
Annika Thunborg|PER
UD:s|ORG|Utrikesdepartementet
UD|ORG|Utrikesdepartementet
Genève|LOC
FN|ORG|Förenta nationerna
internationella provstoppsavtalsorganisationen|ORG|Internationella provstoppsavtalsorganisationen
CTBTO|ORG|Internationella provstoppsavtalsorganisationen
Wien|LOC
Lunds universitet|ORG
Columbia University|ORG
New York|LOC
Sveriges Television|ORG
Annika Thunborg|PER
""",
dates="""
idag|2016-04|day
september i år|2016-09|month
""",
roles="""
Annika Thunborg|departementsråd|departementsrådet|
Annika Thunborg|ambassadör|ambassadör||status=incoming
Annika Thunborg|biträdande enhetschef|biträdande chef|Utrikesdepartementet
Annika Thunborg|samordnare|samordnare|Utrikesdepartementet|status=former
Annika Thunborg|talesperson|talesperson|Internationella provstoppsavtalsorganisationen|status=former|country=UN
Annika Thunborg|press- och informationschef|press- och informationschef|Internationella provstoppsavtalsorganisationen|status=former|country=UN
"""),

# 074 (train)
dict(source="shared:regeringen-pressmeddelanden/2018/04/fler-kvinnor-pa-internet-tack-vare-wikigap.md", doc_date="2018-04",
ents="""
UD|ORG|Utrikesdepartementet
Wikimedia|ORG
Sveriges|LOC|Sverige
""",
dates="""
8 mars 2018|2018-03-08|day
16 april|2018-04-16|day
""",
roles="""
"""),

# 075 (train)
dict(source="shared:regeringen-raw/rapporter/2023/04/sveriges-arbete-med-kvinnor-fred-och-sakerhet-2021.md", doc_date="2023-04",
ents="""
Sveriges|LOC|Sverige
Sveriges|LOC|Sverige
FN:s|ORG|Förenta nationerna
FBA|ORG|Folke Bernadotteakademin
UD|ORG|Utrikesdepartementet
UD|ORG|Utrikesdepartementet
""",
dates="""
2021|2021|year
2016-2020|2016/2020|range
2021|2021|year
""",
roles="""
"""),

# 076 (train)
dict(source="shared:regeringen-raw/debattartiklar/2025/02/ordet-kvinna-blir-kvar-i-abortlagen.md", doc_date="2025-02",
ents="""
Acko Ankarberg Johansson|PER
Camilla Waltersson Grönvall|PER
Paulina Brandberg|PER
Linda Lindberg|PER
Sverigedemokraterna|ORG
Aftonbladet|ORG
regeringen|ORG|Regeringen
regeringen|ORG|Regeringen
Regeringen|ORG
regeringen|ORG|Regeringen
""",
dates="""
27 februari 2025|2025-02-27|day
1975|1975|year
Femtio år|P50Y|duration
juni 2023|2023-06|month
""",
roles="""
Acko Ankarberg Johansson|sjukvårdsminister|sjukvårdsminister|
Camilla Waltersson Grönvall|socialtjänstminister|socialtjänstminister|
Paulina Brandberg|jämställdhetsminister|jämställdhetsminister|
Linda Lindberg|gruppledare|gruppledare|Sverigedemokraterna
"""),

# 077 (dev)
dict(source="shared:regeringen-pressmeddelanden/2017/08/ny-ambassador-i-usa.md", doc_date="2017-08",
ents="""
USA|LOC
Regeringen|ORG
Karin Olofsdotter|PER
Washington|LOC
Karin Olofsdotter|PER
UD:s|ORG|Utrikesdepartementet
Budapest|LOC
UD:s|ORG|Utrikesdepartementet
Washington|LOC
Moskva|LOC
NATO-delegationen|ORG|Sveriges delegation vid Nato
EU-representationen|ORG|Sveriges ständiga representation vid Europeiska unionen
Bryssel|LOC
Karin Olofsdotter|PER
""",
dates="""
idag|2017-08|day
1 september i år|2017-09-01|day
""",
roles="""
Karin Olofsdotter|ambassadör|ambassadör||status=incoming
Karin Olofsdotter|utrikesråd|utrikesrådet|Utrikesdepartementet|implicit
Karin Olofsdotter|enhetschef|chef för UD:s enhet|Utrikesdepartementet|status=former
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

# 079 (train)
dict(source="shared:regeringen-raw/rapporter/2010/08/uf201038846up.md", doc_date="2010-08",
ents="""
High-level Panel on Global Sustainability|ORG
Kommissionen om klimatförändringar och utveckling|ORG
CCCD|ORG|Kommissionen om klimatförändringar och utveckling
High Level Task Force|ORG
High-level Panel|ORG|High-level Panel on Global Sustainability
HLP|ORG|High-level Panel on Global Sustainability
Regeringskansliet|ORG
Utrikesdepartementet|ORG
FN:s|ORG|Förenta nationerna
High-level Panel on Global Sustainability|ORG
""",
dates="""
2010|2010|year
""",
roles="""
"""),

# 080 (train)
dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2001/12/dir.-2001108.md", doc_date="2001-12",
ents="""
""",
dates="""
""",
roles="""
"""),

# 081 (train)
dict(source="shared:regeringen-raw/artiklar/2020/11/regelandringar-beslutade-den-12-november-2020.md", doc_date="2020-11",
ents="""
Regeringen|ORG
Linn Åkesson|PER
""",
dates="""
12 november 2020|2020-11-12|day
två dagar|P2D|duration
1 december 2020|2020-12-01|day
""",
roles="""
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

# 083 (train)
dict(source="shared:regeringen-raw/regeringsuppdrag/2025/10/uppdrag-till-polismyndigheten-tullverket-och-aklagarmyndigheten-att-ytterligare-forstarka-arbetet-med-att-forebygga-motverka-och-bekampa-sprangdad-samt-minska-tillgangen-till-explosiva-varor-i-kriminella-miljoer.md", doc_date="2025-10",
ents="""
Polismyndigheten|ORG
Tullverket|ORG
Åklagarmyndigheten|ORG
Regeringen|ORG
Polismyndigheten|ORG
Tullverket|ORG
Åklagarmyndigheten|ORG
Myndigheten för samhällsskydd och beredskap|ORG
Sveriges Kommuner och Regioner|ORG
SKR|ORG|Sveriges Kommuner och Regioner
Regeringskansliet|ORG
Justitiedepartementet|ORG
Finansdepartementet|ORG
Polismyndigheten|ORG
""",
dates="""
9 oktober 2026|2026-10-09|day
""",
roles="""
"""),

# 084 (train)
dict(source="shared:regeringen-pressmeddelanden/2023/07/uppdrag-for-att-starka-den-bla-vardekedjan-och-sveriges-livsmedelsberedskap.md", doc_date="2023-07",
ents="""
Sveriges|LOC|Sverige
Sverige|LOC
Peter Kullgren|PER
Jordbruksverket|ORG
Sverige|LOC
Andreas Carlson|PER
regeringens|ORG|Regeringen
""",
dates="""
30 september 2024|2024-09-30|day
""",
roles="""
Peter Kullgren|landsbygdsminister|landsbygdsminister|
Andreas Carlson|infrastruktur- och bostadsminister|infrastruktur- och bostadsminister|
"""),

# 085 (train)
dict(source="shared:regeringen-pressmeddelanden/2023/08/socialminister-jakob-forssmed-till-kopenhamn-for-samtal-om-idrott-och-folkhalsa-samt-mote-med-who.md", doc_date="2023-08",
ents="""
Jakob Forssmed|PER
Köpenhamn|LOC
WHO|ORG
Danmarks|LOC|Danmark
Sophie Løhde|PER
Sveriges ambassad i Danmark|ORG
WHO Europa|ORG
Hans Kluge|PER
Världshälsoorganisationens|ORG|Världshälsoorganisationen
Europa|LOC
""",
dates="""
""",
roles="""
Jakob Forssmed|socialminister|Socialminister|
Sophie Løhde|hälsominister|hälsominister||country=DK
Hans Kluge|regiondirektör|regiondirektör|Världshälsoorganisationen|country=UN
"""),

# 086 (train)
dict(source="shared:regeringen-raw/regeringsuppdrag/2017/02/uppdragom-socialtjanstens-handlaggnming-av-arenden-gallande-barn-som-kommer-till-sverige-och-som-uppges-vara-gifta.md", doc_date="2017-02",
ents="""
Sverige|LOC
Regeringen|ORG
Socialstyrelsen|ORG
Sverige|LOC
Sverige|LOC
Socialstyrelsen|ORG
regeringen|ORG|Regeringen
Sverige|LOC
Barnombudsmannen|ORG
Migrationsverket|ORG
Länsstyrelsen i Östergötlands län|ORG
Myndigheten för ungdoms och civilsamhällesfrågor|ORG|Myndigheten för ungdoms- och civilsamhällesfrågor
Sveriges Kommuner och Landsting|ORG
Socialstyrelsen|ORG
Regeringskansliet|ORG
Socialdepartementet|ORG
""",
dates="""
30 november 2017|2017-11-30|day
""",
roles="""
"""),
]
