"""In-domain batch, annotator 5: first annotations (see GUIDELINES.md, "The in-domain batch")."""

DOCS = [
# ---------------- TEST (first annotation, from scratch) ----------------
dict(source="shared:regeringen-raw/regeringsuppdrag/2009/04/u20092064uh.md", doc_date="2009-04",
ents="""
Högskoleverket|ORG
Regeringen|ORG
Högskoleverket|ORG
regeringens|ORG|Regeringen
Högskoleverket|ORG
Högskoleverket|ORG
Högskoleverket|ORG
Högskoleverkets|ORG|Högskoleverket
Högskoleverket|ORG
Regeringskansliet|ORG
Utbildningsdepartementet|ORG
""",
dates="""
1 maj 2009|2009-05-01|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2013/12/dir.-2013127.md", doc_date="2013-12",
ents="""
Sveriges|LOC|Sverige
""",
dates="""
31 januari 2015|2015-01-31|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2023/12/delrapportering-fran-arbetsgruppen-om-brottslighet-i-det-finansiella-systemet.md", doc_date="2023-12",
ents="""
Niklas Wykman|PER
Finansdepartementet|ORG
Justitiedepartementet|ORG
Financial Action Task Force|ORG
Fatf|ORG|Financial Action Task Force
Interpol|ORG
Singapore|LOC
Europol|ORG
Haag|LOC
Regeringen|ORG
Spelinspektionen|ORG
Spelinspektionen|ORG
Spelinspektionen|ORG
PTS|ORG|Post- och telestyrelsen
""",
dates="""
september 2023|2023-09|month
i dag|2023-12|day
31 maj 2024|2024-05-31|day
31 maj 2024|2024-05-31|day
september 2024|2024-09|month
""",
roles="""
Niklas Wykman|finansmarknadsminister|finansmarknadsminister|
"""),

dict(source="shared:regeringen-raw/remisser/2018/03/remiss-om-provning-enligt-7-kap.-29--miljobalken-avseende-bekampning-av-larver-av-oversvamningsmygg-i-nedre-dalalvens-oversvamningsvatmarker.md", doc_date="2018-03",
ents="""
Nedre Dalälvens|LOC|Nedre Dalälven
regeringen|ORG|Regeringen
Nedre Dalälvens|LOC|Nedre Dalälven
""",
dates="""
28 februari 2018|2018-02-28|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2008/05/dir.-200843.md", doc_date="2008-05",
ents="""
""",
dates="""
15 november 2008|2008-11-15|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2011/07/dir.-201168.md", doc_date="2011-07",
ents="""
Statens skolverk|ORG
Skolinspektionen|ORG|Statens skolinspektion
Statens skolinspektion|ORG
Skolinspektionen|ORG|Statens skolinspektion
Skolinspektionen|ORG|Statens skolinspektion
Skolinspektionen|ORG|Statens skolinspektion
""",
dates="""
1 november 2012|2012-11-01|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/06/lattnader-i-kraven-pa-forvaring-och-forrad-for-studentbostader-och-boenden-for-aldre.md", doc_date="2025-06",
ents="""
Andreas Carlson|PER
Boverket|ORG
Regeringskansliet|ORG
""",
dates="""
18 juni 2026|2026-06-18|day
""",
roles="""
Andreas Carlson|infrastruktur- och bostadsminister|infrastruktur- och bostadsminister|
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2020/09/uppdrag-att-bevaka-arbetet-med-projektet-for-den-europeiska-molntjanstinfrastrukturen-gaia-x.md", doc_date="2020-09",
ents="""
Regeringen|ORG
Skatteverket|ORG
Skatteverket|ORG
""",
dates="""
""",
roles="""
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2018/04/uppdrag-till-statliga-myndigheter-att-ta-emot-nyanlanda-arbetssokande-for-praktik-2019-och-2020-m.m.md", doc_date="2018-04",
ents="""
Regeringen|ORG
Arbetsförmedlingen|ORG
Arbetsförmedlingen|ORG
Arbetsförmedlingen|ORG
Arbetsförmedlingen|ORG
Arbetsgivarverket|ORG
""",
dates="""
2019|2019|year
2020|2020|year
1 januari 2019-den 31 december 2020|2019-01-01/2020-12-31|range
""",
roles="""
"""),

dict(source="shared:regeringen-raw/faktapromemoria/2020/09/201920fpm66.md", doc_date="2020-09",
ents="""
Regeringen|ORG
Regeringen|ORG
Regeringen|ORG
""",
dates="""
i dag|2020-09|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2022/10/forslag-om-tillfalligt-sankt-drivmedelsskatt-samt-slopad-koldioxidskatt-for-kraftvarmeverk.md", doc_date="2022-10",
ents="""
Rysslands|LOC|Ryssland
Ukraina|LOC
EU:s|ORG|Europeiska unionen
Sverige|LOC
Sverigedemokraterna|ORG
Moderaterna|ORG
Kristdemokraterna|ORG
Liberalerna|ORG
""",
dates="""
tre år|P3Y|duration
1\xa0januari 2023|2023-01-01|day
vinter|2022-WI|season
1 januari 2023|2023-01-01|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2023/10/klimat--och-miljoministern-besoker-grebbestad-och-kosterhavet.md", doc_date="2023-10",
ents="""
Grebbestad|LOC
Kosterhavet|LOC
Romina Pourmokhtari|PER
Lotta Klemming|PER
Grebbestad|LOC
Kosterhavets nationalpark|LOC
regeringens|ORG|Regeringen
Kosterhavet|LOC
Sveriges|LOC|Sverige
Kosterhavet|LOC
Sverige|LOC
Sverige|LOC
Romina Pourmokhtari|PER
regeringen|ORG|Regeringen
""",
dates="""
tisdagen|2023-10|day
onsdagen|2023-10|day
""",
roles="""
Romina Pourmokhtari|klimat- och miljöminister|klimat- och miljöminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2015/07/ny-ambassador-i-danmark.md", doc_date="2015-07",
ents="""
Danmark|LOC
Regeringen|ORG
Fredrik Jörgensen|PER
Köpenhamn|LOC
Fredrik Jörgensen|PER
Utrikesdepartementet|ORG
UD:s|ORG|Utrikesdepartementet
Bonn|LOC
Pretoria|LOC
Rom|LOC
riksdagens|ORG|Riksdagen
Frederik Jörgensen|PER|Fredrik Jörgensen
""",
dates="""
idag|2015-07|day
hösten 2015|2015-FA|season
""",
roles="""
Fredrik Jörgensen|ambassadör|ambassadör||status=incoming
Fredrik Jörgensen|expeditionschef|expeditionschef|Utrikesdepartementet
Fredrik Jörgensen|enhetschef|chef för UD:s enhet för konsulära och civilrättsliga ärenden|Utrikesdepartementet|status=former
"""),
# ---------------- TRAIN / DEV (pre-annotation corrected) ----------------
dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2017/02/dir.201711.md", doc_date="2017-02",
ents="""
Regeringen|ORG
""",
dates="""
3 december 2015|2015-12-03|day
1 mars 2017|2017-03-01|day
1 juni 2017|2017-06-01|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/rapporter/2020/12/manskliga-rattigheter-demokrati-och-rattsstatens-principer-i-guatemala.md", doc_date="2020-12",
ents="""
Guatemala|LOC
Guatemala|LOC
Guatemala|LOC
""",
dates="""
2018|2018|year
2019|2019|year
""",
roles="""
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2014/12/n20145281rt.md", doc_date="2014-12",
ents="""
EU:s|ORG|Europeiska unionen
Regeringen|ORG
Regeringen|ORG
Västra Götalands läns landsting|ORG
Västra Götalands läns landsting|ORG
Regeringskansliet|ORG
Näringsdepartementet|ORG
""",
dates="""
2014–2020|2014/2020|range
2014–2020|2014/2020|range
15 februari 2015|2015-02-15|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2024/11/skolverket-far-forlangt-uppdrag-om-spraktraning-for-anstallda-i-valfarden.md", doc_date="2024-11",
ents="""
Skolverket|ORG
Lotta Edholm|PER
regeringen|ORG|Regeringen
Skolverket|ORG
regeringen|ORG|Regeringen
Skolverkets|ORG|Skolverket
Skolverkets|ORG|Skolverket
riksdagen|ORG|Riksdagen
regeringens|ORG|Regeringen
regeringen|ORG|Regeringen
Sverigedemokraterna|ORG
""",
dates="""
2025|2025|year
2025|2025|year
2026|2026|year
2024|2024|year
""",
roles="""
Lotta Edholm|skolminister|skolminister|
"""),

dict(source="shared:regeringen-raw/tal/2024/12/kulturminister-parisa-liljestrands-tal-vid-chanukka-firandet-pa-norrmalmstorg-i-stockholm.md", doc_date="2024-12",
ents="""
Parisa Liljestrands|PER|Parisa Liljestrand
Norrmalmstorg|LOC
Stockholm|LOC
Norrmalmstorg|LOC
Stockholm|LOC
Sverige|LOC
Sveriges|LOC|Sverige
Sveriges|LOC|Sverige
Sverige|LOC
Regeringen|ORG
Sverige|LOC
""",
dates="""
26 december 2024|2024-12-26|day
fem dagar sedan|2024-12-21|day
Årets|2024|year
fem dagar|P5D|duration
2024|2024|year
2025|2025|year
250 år|P250Y|duration
idag|2024-12-26|day
""",
roles="""
Parisa Liljestrand|kulturminister|Kulturminister|
"""),

dict(source="shared:regeringen-raw/remisser/2014/12/remiss-sou-201421-bredband-for-sverige-in-i-framtiden.md", doc_date="2014-12",
ents="""
regeringens|ORG|Regeringen
Bredbandsutredningen|ORG
Bredbandsutredningen|ORG
""",
dates="""
13 december 2012|2012-12-13|day
12 juni 2014|2014-06-12|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2022/12/uppdrag-for-att-underlatta-for-foretag-att-delta-i-offentlig-upphandling-i-upphandlingsmyndighetens-regleringsbrev.md", doc_date="2022-12",
ents="""
Upphandlingsmyndighetens|ORG|Upphandlingsmyndigheten
Upphandlingsmyndigheten|ORG
Erik Slottner|PER
Regeringen|ORG
Upphandlingsmyndigheten|ORG
Upphandlingsmyndigheten|ORG
""",
dates="""
31 mars 2024|2024-03-31|day
31 mars 2025|2025-03-31|day
30 november 2023|2023-11-30|day
31 maj 2024|2024-05-31|day
20 december 2025|2025-12-20|day
""",
roles="""
Erik Slottner|civilminister|civilminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2023/03/ny-chef-for-forsvarsmaktens-enhet-for-underrattelse--och-sakerhetstjanst.md", doc_date="2023-03",
ents="""
Försvarsmaktens|ORG|Försvarsmakten
Thomas Nilsson|PER
Must|ORG
Lena Hallin|PER
Thomas Nilsson|PER
Sveriges|LOC|Sverige
EU|ORG|Europeiska unionen
Nato|ORG
Thomas Nilsson|PER
Pål Jonson|PER
Must|ORG
Försvarsmakten|ORG
Musts|ORG|Must
Sverige|LOC
regeringen|ORG|Regeringen
Thomas Nilsson|PER
Försvarsmakten|ORG
Flygvapnet|ORG
Thomas Nilsson|PER
Sveriges|LOC|Sverige
EU|ORG|Europeiska unionen
Nato|ORG
Bryssel|LOC
Thomas Nilsson|PER
Försvarsmaktens|ORG|Försvarsmakten
""",
dates="""
1 maj 2023|2023-05-01|day
30 april 2027|2027-04-30|day
30 april 2023|2023-04-30|day
2016-2020|2016/2020|range
2020|2020|year
""",
roles="""
Thomas Nilsson|chef|chef|Must|status=incoming
Thomas Nilsson|chef|Ny chef|Försvarsmakten|implicit|status=incoming
Lena Hallin|generalmajor|generalmajor|
Lena Hallin|chef|chef|Must|implicit|status=outgoing
Thomas Nilsson|militär representant|militära representant||status=former
Pål Jonson|försvarsminister|försvarsminister|
Thomas Nilsson|chief information officer|Chief Information Officer|Försvarsmakten
Thomas Nilsson|generalmajor|generalmajor|
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2018/08/uppdrag-att-intensifiera-arbetet-med-att-framja-intermodala-jarnvagstransporter.md", doc_date="2018-08",
ents="""
Regeringen|ORG
Trafikverket|ORG
Trafikverket|ORG
Trafikverket|ORG
Trafikverket|ORG
Transportstyrelsen|ORG
Verket för innovationssystem|ORG
Statens vägtransport-forskningsinstitut|ORG|Statens väg- och transportforskningsinstitut
VTI|ORG|Statens väg- och transportforskningsinstitut
Trafikverket|ORG
Nationella godstransportrådet|ORG
Trafikanalys|ORG
Trafikverket|ORG
Trafikverket|ORG
Regeringskansliet|ORG
Näringsdepartementet|ORG
Trafikverket|ORG
Regeringskansliet|ORG
Näringsdepartementet|ORG
Trafikverket|ORG
Regeringskansliet|ORG
Näringsdepartementet|ORG
""",
dates="""
2019|2019|year
2020|2020|year
2021|2021|year
31 december 2019|2019-12-31|day
31 december 2021|2021-12-31|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2024/02/tillfalligt-hojt-tak-for-rotavdraget.md", doc_date="2024-02",
ents="""
Sverige|LOC
Elisabeth Svantesson|PER
regeringen|ORG|Regeringen
Sverigedemokraterna|ORG
""",
dates="""
2024|2024|year
dagens|2024-02|day
30 juni 2024|2024-06-30|day
1 juli 2024|2024-07-01|day
december 2024|2024-12|month
2024|2024|year
2024|2024|year
""",
roles="""
Elisabeth Svantesson|finansminister|finansminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2021/12/pontus-melander-ny-ambassador-i-australien.md", doc_date="2021-12",
ents="""
Pontus Melander|PER
Australien|LOC
Pontus Melander|PER
UD:s|ORG|Utrikesdepartementet
Bagdad|LOC
Pontus Melander|PER
Sveriges EU-representation|ORG|Sveriges ständiga representation vid Europeiska unionen
Bryssel|LOC
Ottawa|LOC
Washington|LOC
UD|ORG|Utrikesdepartementet
Pontus Melander|PER
""",
dates="""
idag|2021-12|day
september 2022|2022-09|month
""",
roles="""
Pontus Melander|ambassadör|ny ambassadör||status=incoming
Pontus Melander|biträdande enhetschef|biträdande chef|Utrikesdepartementet
Pontus Melander|samordnare|samordnare|Utrikesdepartementet|status=former
Pontus Melander|energisamordnare|energisamordnare|Utrikesdepartementet|status=former
"""),

dict(source="shared:regeringen-pressmeddelanden/2017/06/ny-ambassador-i-portugal.md", doc_date="2017-06",
ents="""
Portugal|LOC
Regeringen|ORG
Helena Pilsas Ahlin|PER
Lissabon|LOC
Helena Pilsas Ahlin|PER
Utrikesdepartementets|ORG|Utrikesdepartementet
UD:s|ORG|Utrikesdepartementet
Bulgarien|LOC
Tallinn|LOC
UD:s|ORG|Utrikesdepartementet
Helena Pilas Ahlin|PER|Helena Pilsas Ahlin
""",
dates="""
idag|2017-06|day
1 september i år|2017-09-01|day
""",
roles="""
Helena Pilsas Ahlin|departementsråd|departementsrådet|
Helena Pilsas Ahlin|ambassadör|ambassadör||status=incoming
Helena Pilsas Ahlin|sändebud|sändebud||status=former
Helena Pilsas Ahlin|gruppchef|chef för nordisk-baltiska gruppen|Utrikesdepartementet|status=former
"""),
dict(source="shared:regeringen-raw/faktapromemoria/2019/10/201920fpm4.md", doc_date="2019-10",
ents="""
Europeiska unionens|ORG|Europeiska unionen
Europaparlamentets|ORG|Europaparlamentet
Förenade kungarikets|LOC|Förenade kungariket
Europeiska unionens|ORG|Europeiska unionen
Storbritannien|LOC
Storbritannien|LOC
Regeringen|ORG
regeringen|ORG|Regeringen
Regeringen|ORG
""",
dates="""
4 september 2019|2019-09-04|day
2019|2019|year
2020|2020|year
""",
roles="""
"""),

dict(source="shared:regeringen-raw/faktapromemoria/2026/01/202526fpm51.md", doc_date="2026-01",
ents="""
Europaparlamentet|ORG
Europeiska ekonomiska och sociala kommittén|ORG
europeiska regionkommittén|ORG|Europeiska regionkommittén
EU|ORG|Europeiska unionen
EU:s|ORG|Europeiska unionen
EU|ORG|Europeiska unionen
Regeringen|ORG
EU:s|ORG|Europeiska unionen
Regeringen|ORG
regeringen|ORG|Regeringen
""",
dates="""
27 november|2025-11-27|day
2040|2040|year
""",
roles="""
"""),

dict(source="shared:regeringen-raw/remisser/2020/09/remiss-av-promemorian-forlangning-av-lagen-om-tillfalliga-smittskyddsatgarder-pa-serveringsstallen.md", doc_date="2020-09",
ents="""
Socialdepartementet|ORG
Socialdepartementet|ORG
Tilde Eriksson|PER
""",
dates="""
25 september|2020-09-25|day
22 september|2020-09-22|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2024/01/stod-till-projekt-som-sprider-kunskap-om-sexuell-och-reproduktiv-halsa-och-rattigheter-till-personer-med-migrantbakgrund.md", doc_date="2024-01",
ents="""
Jakob Forssmed|PER
Sverige|LOC
Paulina Brandberg|PER
Regering|ORG|Regeringen
RFSU|ORG|Riksförbundet för sexuell upplysning
Regeringen|ORG
""",
dates="""
2024|2024|year
2016|2016|year
""",
roles="""
Jakob Forssmed|socialminister|socialminister|
Paulina Brandberg|jämställdhetsminister|jämställdhetsminister|
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2026/01/uppdrag-till-socialstyrelsen-att-genomfora-insatser-i-linje-med-den-nationella-cancerstrategin.md", doc_date="2026-01",
ents="""
Socialstyrelsen|ORG
Regeringen|ORG
Socialstyrelsen|ORG
Socialstyrelsen|ORG
Socialstyrelsen|ORG
Samverkansgruppen för svensk cancervård|ORG
Folkhälsomyndigheten|ORG
Regionala cancercentrum i samverkan|ORG
Myndigheten för vård- och omsorgsanalys|ORG
Regeringskansliet|ORG
""",
dates="""
1 september 2030|2030-09-01|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2017/07/ny-ambassador-i-egypten.md", doc_date="2017-07",
ents="""
Egypten|LOC
Jan Thesleff|PER
Abu Dhabi|LOC
Tunis|LOC
Tripoli|LOC
Riyadh|LOC
Damaskus|LOC
Tokyo|LOC
Kairo|LOC
EU-representationen|ORG|Sveriges ständiga representation vid Europeiska unionen
Bryssel|LOC
EU:s|ORG|Europeiska unionen
Mellanöstern|LOC
Jan Thesleff|PER
""",
dates="""
i dag|2017-07|day
1 september i år|2017-09-01|day
""",
roles="""
Jan Thesleff|ambassadör|ambassadör|
Jan Thesleff|sändebud|sändebud||status=former
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/05/utredare-ska-ta-fram-handlingsplan-for-fossilfria-drivmedel-for-sjofart-och-luftfart.md", doc_date="2025-05",
ents="""
Trafikanalys|ORG
Mattias Viklund|PER
Andreas Carlson|PER
Sverige|LOC
Sverige|LOC
regeringen|ORG|Regeringen
Energimyndigheten|ORG
regeringen|ORG|Regeringen
Trafikanalys|ORG
Mattias Viklund|PER
regeringens|ORG|Regeringen
regeringen|ORG|Regeringen
""",
dates="""
16 januari 2025|2025-01-16|day
30 april 2026|2026-04-30|day
""",
roles="""
Mattias Viklund|generaldirektör|generaldirektör|Trafikanalys
Andreas Carlson|infrastruktur- och bostadsminister|infrastruktur- och bostadsminister|
Mattias Viklund|bokstavsutredare|Bokstavsutredare|
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2019/05/uppdrag-att-verka-for-ett-utokat-och-breddat-stod-till-forskning-och-innovation-pa-sjofartsomradet.md", doc_date="2019-05",
ents="""
Trafikverket|ORG
Regeringen|ORG
Trafikverket|ORG
Regeringskansliet|ORG
Infrastrukturdepartementet|ORG
""",
dates="""
2022|2022|year
""",
roles="""
"""),

dict(source="shared:regeringen-raw/remisser/2014/11/remiss-sou-201439-sa-enkelt-som-mojligt-for-sa-manga-som-mojligt---battre-juridiska-forutsattningar-for-samverkan-och-service.md", doc_date="2014-11",
ents="""
""",
dates="""
""",
roles="""
"""),
dict(source="shared:regeringen-raw/rapporter/2019/04/sveriges-nationella-reformprogram-2019.md", doc_date="2019-04",
ents="""
Sveriges|LOC|Sverige
EU:s|ORG|Europeiska unionen
EU|ORG|Europeiska unionen
EU|ORG|Europeiska unionen
EU|ORG|Europeiska unionen
EU-kommissionen|ORG|Europeiska kommissionen
Sveriges|LOC|Sverige
regeringens|ORG|Regeringen
EU|ORG|Europeiska unionen
Europeiska rådets|ORG|Europeiska rådet
Regeringen|ORG
""",
dates="""
2019|2019|year
2010|2010|year
2020|2020|year
2019|2019|year
2019|2019|year
mars 2019|2019-03|month
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2022/10/statsminister-ulf-kristersson-deltar-pa-nordiska-radets-session-i-helsingfors.md", doc_date="2022-10",
ents="""
Ulf Kristersson|PER
Nordiska rådets|ORG|Nordiska rådet
Helsingfors|LOC
Sveriges|LOC|Sverige
Nordens|LOC|Norden
Norden|LOC
Nordiska rådets|ORG|Nordiska rådet
Nordens|LOC|Norden
Europa|LOC
Islands|LOC|Island
Katrín Jakobsdóttir|PER
Norges|LOC|Norge
Jonas Gahr Støre|PER
""",
dates="""
tisdagen|2022-10|day
2030|2030|year
""",
roles="""
Ulf Kristersson|statsminister|Statsminister|
Katrín Jakobsdóttir|statsminister|statsminister||country=IS
Jonas Gahr Støre|statsminister|statsminister||country=NO
"""),

dict(source="shared:regeringen-pressmeddelanden/2022/12/atgarder-for-starkt-motstandskraft-pa-fondmarknaden-och-rattvis-behandling-av-fondandelsagare.md", doc_date="2022-12",
ents="""
regeringen|ORG|Regeringen
Niklas Wykman|PER
""",
dates="""
1\xa0maj\xa02023|2023-05-01|day
""",
roles="""
Niklas Wykman|finansmarknadsminister|finansmarknadsminister|
"""),

dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2011/05/dir.-201148.md", doc_date="2011-05",
ents="""
Riksbanken|ORG
Finansinspektionen|ORG
Statistiska centralbyrån|ORG
SCB|ORG|Statistiska centralbyrån
""",
dates="""
1 oktober 2012|2012-10-01|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/remisser/2023/10/remiss-av-ds-202329.md", doc_date="2023-10",
ents="""
Justitiedepartementet|ORG
Justitiedepartementet|ORG
""",
dates="""
15 december 2023|2023-12-15|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2026/01/dir.-20263.md", doc_date="2026-01",
ents="""
Regeringen|ORG
regeringens|ORG|Regeringen
vård-ansvarskommittén|ORG|Vårdansvarskommittén
Regeringskansliet|ORG
""",
dates="""
4 januari 2027|2027-01-04|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/informationsmaterial/2018/05/action-plan-defending-free-speech.md", doc_date="2018-05",
ents="""
Government|ORG|Regeringen
Government|ORG|Regeringen
""",
dates="""
""",
roles="""
"""),

dict(source="shared:regeringen-raw/remisser/2015/07/remiss-av-naturvardsverkets-rapport-genomforande-av-systemen-med-producentansvar-for-forpackningar-returpapper-elutrustning-och-batterier.md", doc_date="2015-07",
ents="""
Naturvårdsverkets|ORG|Naturvårdsverket
Miljö- och energidepartementet|ORG
Naturvårdsverkets|ORG|Naturvårdsverket
""",
dates="""
25 september 2015|2015-09-25|day
""",
roles="""
"""),

]
