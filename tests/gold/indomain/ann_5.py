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
~2020
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
dict(source="shared:regeringen-pressmeddelanden/2025/06/ny-utredning-for-okad-datadelning-och-ai-anvandning.md", doc_date="2025-06",
ents="""
Erik Slottner|PER
AI-kommissionen|ORG
""",
dates="""
30 juni 2026|2026-06-30|day
""",
roles="""
Erik Slottner|civilminister|civilminister|
"""),

dict(source="shared:regeringen-raw/uttalanden/2017/05/uttalande-fran-ud.md", doc_date="2017-05",
ents="""
UD|ORG|Utrikesdepartementet
Al Jazeera|ORG
Al Jazeera|ORG
regeringens|ORG|Regeringen
Svenska kommittén mot antisemitism|ORG
SKMA|ORG|Svenska kommittén mot antisemitism
SKMA|ORG|Svenska kommittén mot antisemitism
Regeringen|ORG
SKMA|ORG|Svenska kommittén mot antisemitism
Regeringen|ORG
SKMA|ORG|Svenska kommittén mot antisemitism
SKMA|ORG|Svenska kommittén mot antisemitism
Regeringen|ORG
regeringskansliet|ORG|Regeringskansliet
SKMA|ORG|Svenska kommittén mot antisemitism
""",
dates="""
förra veckan|2017-05|week
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2020/06/ny-generalkonsul-i-hongkong-kina.md", doc_date="2020-06",
ents="""
Hongkong|LOC
Per Augustsson|PER
utrikesdepartementets|ORG|Utrikesdepartementet
Peking|LOC
London|LOC
Statsrådsberedningens|ORG|Statsrådsberedningen
Zagreb|LOC
FN-representationen|ORG|Sveriges ständiga representation vid Förenta nationerna
New York|LOC
Per Augustsson|PER
""",
dates="""
idag|2020-06|day
1 september 2020|2020-09-01|day
""",
roles="""
Per Augustsson|biträdande enhetschef|biträdande enhetschef|Utrikesdepartementet
Per Augustsson|biträdande chef|biträdande chef||status=former
Per Augustsson|sektionschef|sektionschef|Statsrådsberedningen|status=former
Per Augustsson|generalkonsul|Ny generalkonsul||implicit|status=incoming
"""),

dict(source="shared:regeringen-raw/informationsmaterial/2008/05/regeringskansliets-arsbok-2007.md", doc_date="2008-05",
ents="""
Regeringskansliets|ORG|Regeringskansliet
Regeringskansliet|ORG
Regeringskansliets|ORG|Regeringskansliet
Regeringskansliet|ORG
Statsrådsberedningen|ORG
Regeringskansliets|ORG|Regeringskansliet
Regeringskansliet|ORG
riksdagens|ORG|Riksdagen
""",
dates="""
2007|2007|year
årets|2007|year
2007|2007|year
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2018/05/ny-ambassador-i-estland.md", doc_date="2018-05",
ents="""
Estland|LOC
Mikael Eriksson|PER
Azerbajdzjan|LOC
Ottawa|LOC
EU-representationen|ORG|Sveriges ständiga representation vid Europeiska unionen
Bryssel|LOC
OECD-delegationen|ORG
Paris|LOC
Mikael Eriksson|PER
""",
dates="""
idag|2018-05|day
1 september i år|2018-09-01|day
""",
roles="""
Mikael Eriksson|samordnare|samordnare|
Mikael Eriksson|sändebud|sändebud||status=former
Mikael Eriksson|kanslichef|chef för ministerkansliet||status=former
Mikael Eriksson|ambassadör|Ny ambassadör||implicit|status=incoming
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/06/forslag-om-skarpta-krav-for-offentliga-bitraden-och-hojda-kompetenskrav-for-tolkar.md", doc_date="2025-06",
ents="""
Sverige|LOC
regeringen|ORG|Regeringen
Regeringen|ORG
Johan Forssell|PER
Mats Persson|PER
regeringens|ORG|Regeringen
Migrationsverket|ORG
Polismyndigheten|ORG
Säkerhetspolisen|ORG
regeringen|ORG|Regeringen
Migrationsverket|ORG
Polismyndig\xadheten|ORG|Polismyndigheten
Säkerhetspolisen|ORG
""",
dates="""
1 januari 2026|2026-01-01|day
""",
roles="""
Johan Forssell|migrationsminister|migrationsminister|
Mats Persson|arbetsmarknads- och integrationsminister|arbetsmarknad- och integrationsminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2019/11/regeringen-forlanger-organisationsstrategierna-for-sveriges-utvecklingssamarbete-med-asiatiska-utvecklingsbanken-adb-och-internationella-jordbruksutvecklingsfonden-ifad.md", doc_date="2019-11",
ents="""
Regeringen|ORG
Sveriges|LOC|Sverige
Asiatiska utvecklingsbanken|ORG
ADB|ORG|Asiatiska utvecklingsbanken
Internationella jordbruksutvecklingsfonden|ORG
IFAD|ORG|Internationella jordbruksutvecklingsfonden
ADB|ORG|Asiatiska utvecklingsbanken
IFAD|ORG|Internationella jordbruksutvecklingsfonden
Sverige|LOC
""",
dates="""
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2024/12/uppdrag-vaccin-och-sakerhetslage.md", doc_date="2024-12",
ents="""
Regeringen|ORG
Läkemedelsverkets|ORG|Läkemedelsverket
Läkemedelsverket|ORG
Läkemedelsverket|ORG
Jakob Forssmed|PER
Läkemedelsverket|ORG
Läkemedelsverket|ORG
Läkemedelsverket|ORG
Socialdepartementet|ORG
""",
dates="""
2020|2020|year
15 december 2027|2027-12-15|day
""",
roles="""
Jakob Forssmed|socialminister|socialminister|
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2011/06/s20115894fst.md", doc_date="2011-06",
ents="""
Statens folkhälsoinstitut|ORG
Regeringskansliet|ORG
Socialdepartementet|ORG
""",
dates="""
2011-2014|2011/2014|range
2011–2014|2011/2014|range
31 mars 2015|2015-03-31|day
""",
roles="""
"""),
dict(source="shared:regeringen-pressmeddelanden/2024/04/jessika-roswall-reser-till-faroarna-for-nordiska-radets-temasession.md", doc_date="2024-04",
ents="""
Jessika Roswall|PER
Färöarna|LOC
Nordiska rådets|ORG|Nordiska rådet
Norden|LOC
Nordiska ministerrådet|ORG
Norden|LOC
Jessika Roswall|PER
Nordiska rådets|ORG|Nordiska rådet
Färöarnas|LOC|Färöarna
Aksel V. Johannesen|PER
Bjarni K. Petersensamt|PER|Bjarni K. Petersen
""",
dates="""
2030|2030|year
detta år|2024|year
""",
roles="""
Jessika Roswall|eu-minister|EU-minister|
Aksel V. Johannesen|lagman|lagman||country=FO
Bjarni K. Petersen|samarbetsminister|samarbetsminister||country=FO
"""),

dict(source="shared:regeringen-pressmeddelanden/2023/02/goran-hagglund-utsedd-till-ordforande-for-ny-public-service-kommitte.md", doc_date="2023-02",
ents="""
Göran Hägglund|PER
Göran Hägglund|PER
Kristdemokraterna|ORG
Reform Society|ORG
Systembolaget|ORG
Regeringen|ORG
""",
dates="""
1959|1959|year
1991|1991|year
2015|2015|year
2004-2015|2004/2015|range
2006-2014|2006/2014|range
23 februari|2023-02-23|day
2026|2026|year
2026–2033|2026/2033|range
30 april 2024|2024-04-30|day
""",
roles="""
Göran Hägglund|ordförande|ordförande|
Göran Hägglund|riksdagsledamot|riksdagsledamot||status=former
Göran Hägglund|partiledare|partiledare|Kristdemokraterna|status=former
Göran Hägglund|socialminister|socialminister||status=former
Göran Hägglund|styrelseordförande|styrelseordförande|Systembolaget
"""),

dict(source="shared:regeringen-raw/rattsliga-dokument/kommittedirektiv/2016/06/dir.-201661.md", doc_date="2016-06",
ents="""
""",
dates="""
31 augusti 2017|2017-08-31|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2024/02/uppdrag-om-forstarkt-arbete-for-att-oka-atertagandet-av-brottsvinster.md", doc_date="2024-02",
ents="""
Regeringen|ORG
Ekobrottsmyndigheten|ORG
Kronofogdemyndigheten|ORG
Polismyndigheten|ORG
Skatteverket|ORG
Tullverket|ORG
Åklagarmyndigheten|ORG
Regeringskansliet|ORG
Justitiedepartementet|ORG
""",
dates="""
31 mars 2025|2025-03-31|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2023/04/finansminister-elisabeth-svantesson-till-imf-och-varldsbankens-varmoten-i-washington.md", doc_date="2023-04",
ents="""
Elisabeth Svantesson|PER
IMF|ORG|Internationella valutafonden
Världsbankens|ORG|Världsbanken
Washington|LOC
Rysslands|LOC|Ryssland
Ukraina|LOC
Världsbankens|ORG|Världsbanken
Elisabeth Svantesson|PER
Svantesson|PER|Elisabeth Svantesson
IMF:s|ORG|Internationella valutafonden
IMFC|ORG
Världsbankens|ORG|Världsbanken
Ukraina|LOC
IMF|ORG|Internationella valutafonden
Världsbanksgruppen|ORG
Ukraina|LOC
Washington|LOC
IMF|ORG|Internationella valutafonden
Världsbankens|ORG|Världsbanken
Rysslands|LOC|Ryssland
Ukraina|LOC
IMF|ORG|Internationella valutafonden
Ryssland|LOC
Ukraina|LOC
IMF|ORG|Internationella valutafonden
Världsbanken|ORG
Elisabeth Svantesson|PER
""",
dates="""
""",
roles="""
Elisabeth Svantesson|finansminister|Finansminister|
"""),

dict(source="shared:regeringen-raw/informationsmaterial/2026/01/okad-overlevnad-och-battre-livskvalitet--nationell-cancerstrategi-2.0.md", doc_date="2026-01",
ents="""
Sverige|LOC
""",
dates="""
10–15 åren|P10Y/P15Y|duration
2009|2009|year
dagens|2026-01|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/faktapromemoria/2022/05/202122fpm91.md", doc_date="2022-05",
ents="""
European Parlia\xadment|ORG|Europaparlamentet
EU|ORG|Europeiska unionen
EU|ORG|Europeiska unionen
EU|ORG|Europeiska unionen
EU:s|ORG|Europeiska unionen
Regeringen|ORG
EU|ORG|Europeiska unionen
Regeringen|ORG
EU:s|ORG|Europeiska unionen
Regeringen|ORG
""",
dates="""
fem år|P5Y|duration
""",
roles="""
"""),
dict(source="shared:regeringen-pressmeddelanden/2023/01/satsning-ska-oka-tillgangen-till-vfu-platser-i-halso--och-sjukvardsutbildningar.md", doc_date="2023-01",
ents="""
Sverige|LOC
Mats Persson|PER
Uppsala universitet|ORG
Lunds universitet|ORG
Göteborgs universitet|ORG
Umeå universitet|ORG
Linköpings universitet|ORG
Karolinska institutet|ORG
Luleå tekniska universitet|ORG
Karlstads universitet|ORG
Linnéuniversitetet|ORG
Örebro universitet|ORG
Mittuniversitetet|ORG
Malmö universitet|ORG
Mälardalens universitet|ORG
Blekinge tekniska högskola|ORG
Högskolan i Borås|ORG
Högskolan Dalarna|ORG
Högskolan i Gävle|ORG
Högskolan i Halmstad|ORG
Högskolan Kristianstad|ORG
Högskolan i Skövde|ORG
Högskolan Väst|ORG
Stiftelsen Högskolan i Jönköping|ORG
Marie Cederschiöld högskola AB|ORG
Stiftelsen Rödakorshemmet|ORG
Sophiahemmet|ORG
""",
dates="""
2023|2023|year
""",
roles="""
Mats Persson|utbildningsminister|utbildningsminister|
"""),

dict(source="shared:regeringen-raw/tal/2025/02/kulturminister-parisa-liljestrands-invigningstal-pa-kulturkonventet-folk-och-kultur.md", doc_date="2025-02",
ents="""
Parisa Liljestrands|PER|Parisa Liljestrand
Eskilstuna|LOC
Sverige|LOC
Sveriges|LOC|Sverige
Örebro|LOC
Alf Henrikson|PER
""",
dates="""
5 februari 2025|2025-02-05|day
I går|2025-02-04|day
i går|2025-02-04|day
i\xa0 morse|2025-02-05|day
idag|2025-02-05|day
idag|2025-02-05|day
idag|2025-02-05|day
idag|2025-02-05|day
gårdagens|2025-02-04|day
gårdagens|2025-02-04|day
""",
roles="""
Parisa Liljestrand|kulturminister|Kulturminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2026/01/kompletterande-regler-ska-underlatta-tillstandsprocesser-for-strategiskt-viktiga-industrier.md", doc_date="2026-01",
ents="""
regeringen|ORG|Regeringen
Ebba Busch|PER
Regeringen|ORG
Sverige|LOC
regeringen|ORG|Regeringen
Tillväxtverket|ORG
Sveriges geologiska undersökning|ORG
""",
dates="""
1 oktober 2026|2026-10-01|day
""",
roles="""
Ebba Busch|energi- och näringsminister|energi- och näringsminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2023/08/regeringen-tillsatter-en-utredning-om-hur-socionomutbildningen-battre-ska-forbereda-for-brottsforebyggande-arbete.md", doc_date="2023-08",
ents="""
Regeringen|ORG
Mats Persson|PER
Camilla Waltersson Grönvall|PER
regeringen|ORG|Regeringen
Michael Tärnfalk|PER
Uppsala universitet|ORG
""",
dates="""
dagens|2023-08|day
31 mars 2024|2024-03-31|day
""",
roles="""
Mats Persson|utbildningsminister|utbildningsminister|
Camilla Waltersson Grönvall|socialtjänstminister|socialtjänstminister|
Michael Tärnfalk|särskild utredare|särskild utredare|
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/06/datum-for-beslut-om-licensjakt-pa-varg-tas-bort.md", doc_date="2025-06",
ents="""
Peter Kullgren|PER
""",
dates="""
""",
roles="""
Peter Kullgren|landsbygdsminister|landsbygdsminister|
"""),
dict(source="shared:regeringen-raw/regeringsuppdrag/2023/07/uppdrag-att-foresla-atgarder-for-att-sakerstalla-uppratthallandet-av-tagfarjeforbindelsen-mellan-trelleborg-och-tyskland-samt-analysera-ovriga-langsiktiga-redundansalternativ.md", doc_date="2023-07",
ents="""
Trelleborg|LOC
Tyskland|LOC
Regeringen|ORG
Trafikverket|ORG
Trelleborg|LOC
Tyskland|LOC
Trelleborg|LOC
Trafikverket|ORG
Sverige|LOC
Trafikverket|ORG
Trafikverket|ORG
Regeringskansliet|ORG
Landsbygds- och infrastrukturdepartementet|ORG
""",
dates="""
23 februari 2024|2024-02-23|day
""",
roles="""
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2015/10/uppdrag-om-oversyn-av-beredskapszoner.md", doc_date="2015-10",
ents="""
Regeringen|ORG
Strålsäkerhetsmyndigheten|ORG
Myndigheten för samhällsskydd och beredskap|ORG
Regeringskansliet|ORG
Miljö- och energi\xaddepartementet|ORG|Miljö- och energidepartementet
Strålsäkerhetsmyndigheten|ORG
""",
dates="""
1 april 2017|2017-04-01|day
i dag|2015-10|day
2011|2011|year
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2023/10/sjukvardsministern-besoker-vasternorrland.md", doc_date="2023-10",
ents="""
Västernorrland|LOC
Region Västernorrland|ORG
Glenn Nordlund|PER
Elina Backlund Arab|PER
hälso- och sjukvårdsnämnden|ORG|Hälso- och sjukvårdsnämnden
Hälsocentralen Kramfors|ORG
Joel Apelthun|PER
""",
dates="""
""",
roles="""
Glenn Nordlund|ordförande|regionstyrelsens ordförande|Region Västernorrland
Elina Backlund Arab|ordförande|ordförande|Hälso- och sjukvårdsnämnden
Joel Apelthun|pressekreterare|pressekreterare|
"""),

dict(source="shared:regeringen-raw/artiklar/2016/11/regelandringar-beslutade-den-10-november-2016.md", doc_date="2016-11",
ents="""
Regeringen|ORG
riksdagens|ORG|Riksdagen
regeringens|ORG|Regeringen
näringsutskottets|ORG|Näringsutskottet
Christoffer Sheats|PER
""",
dates="""
10 november 2016|2016-11-10|day
idag|2016-11|day
1 januari 2017|2017-01-01|day
tisdagen den 22 november 2016|2016-11-22|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2025/05/fortsatta-satsningar-pa-nationell-vardformedling-som-ska-korta-vardkoerna.md", doc_date="2025-05",
ents="""
Regeringen|ORG
E-hälsomyndighet|ORG|E-hälsomyndigheten
Socialstyrelsen|ORG
Acko Ankarberg Johansson|PER
E-hälsomyndigheten|ORG
E-hälsomyndigheten|ORG
Socialstyrelsen|ORG
E-hälsomyndigheten|ORG
Försäkringskassan|ORG
Inspektionen för vård och omsorg|ORG
IVO|ORG|Inspektionen för vård och omsorg
Läkemedelsverket|ORG
Myndigheten för digital förvaltning|ORG
Digg|ORG|Myndigheten för digital förvaltning
Upphandlingsmyndigheten|ORG
Sveriges Kommuner och Regioner|ORG
SKR|ORG|Sveriges Kommuner och Regioner
Socialstyrelsen|ORG
E-hälsomyndigheten|ORG
""",
dates="""
28 februari 2026|2026-02-28|day
28 februari 2027|2027-02-28|day
2025|2025|year
2025|2025|year
""",
roles="""
Acko Ankarberg Johansson|sjukvårdsminister|sjukvårdsminister|
"""),
dict(source="shared:regeringen-pressmeddelanden/2024/05/lotta-edholm-besoker-norrkoping.md", doc_date="2024-05",
ents="""
Lotta Edholm|PER
Norrköping|LOC
Sveriges Lärares|ORG|Sveriges Lärare
Johan Pehrson|PER
Hagaskolan|ORG
Ellen Kult|PER
""",
dates="""
21–24 maj|2024-05-21/2024-05-24|range
""",
roles="""
Lotta Edholm|skolminister|skolministern||implicit
Johan Pehrson|arbetsmarknads- och integrationsminister|arbetsmarknads- och integrationsminister|
Ellen Kult|pressekreterare|pressekreterare|
"""),

dict(source="shared:regeringen-pressmeddelanden/2022/12/starkta-mojligheter-att-uppratthalla-ordning-och-sakerhet-genom-tillfallig-anvandning-av-hakten-och-polisarrester.md", doc_date="2022-12",
ents="""
Göteborg|LOC
Gunnar Strömmer|PER
Kriminal\xadvården|ORG|Kriminalvården
Polismyndigheten|ORG
Justitiedepartementet|ORG
Polismyndigheten|ORG
""",
dates="""
2017|2017|year
i dag|2022-12|day
""",
roles="""
Gunnar Strömmer|justitieminister|justitieminister|
"""),

dict(source="shared:regeringen-raw/faktapromemoria/2019/12/201920fpm10.md", doc_date="2019-12",
ents="""
Afrika|LOC
Västindien|LOC
Stillahavsomsrådet|LOC|Stillahavsområdet
Afrika|LOC
Västindien|LOC
Stillahavsområdet|LOC
Rådet|ORG|Europeiska unionens råd
Afrika|LOC
Västindien|LOC
Stillahavsområdet|LOC
AVS|ORG
EU|ORG|Europeiska unionen
AVS|ORG
AVS|ORG
EU:s|ORG|Europeiska unionen
Regeringen|ORG
""",
dates="""
2002|2002|year
2002|2002|year
2002|2002|year
""",
roles="""
"""),

dict(source="shared:regeringen-raw/faktapromemoria/2026/01/202526fpm49.md", doc_date="2026-01",
ents="""
EU:s|ORG|Europeiska unionen
Europeiska kommissionens|ORG|Europeiska kommissionen
EU:s|ORG|Europeiska unionen
Europeiska kommissionen|ORG
EU:s|ORG|Europeiska unionen
Regeringen|ORG
Regeringen|ORG
""",
dates="""
20 november 2025|2025-11-20|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2020/11/ud-haver-avradan-fran-resor-till-litauen.md", doc_date="2020-11",
ents="""
UD|ORG|Utrikesdepartementet
Litauen|LOC
Litauen|LOC
UD|ORG|Utrikesdepartementet
Europa|LOC
~UD
UD|ORG|Utrikesdepartementet
Litauen|LOC
UD|ORG|Utrikesdepartementet
Andorra|LOC
Belgien|LOC
Bulgarien|LOC
Cypern|LOC
Danmark|LOC
Finland|LOC
Frankrike|LOC
Grekland|LOC
Island|LOC
Italien|LOC
Kroatien|LOC
Liechtenstein|LOC
Luxemburg|LOC
Malta|LOC
Monaco|LOC
Nederländerna|LOC
Norge|LOC
Polen|LOC
Portugal|LOC
Rumänien|LOC
San Marino|LOC
Schweiz|LOC
Slovakien|LOC
Slovenien|LOC
Spanien|LOC
Storbritannien|LOC
Tjeckien|LOC
Tyskland|LOC
Ungern|LOC
Vatikanstaten|LOC
Österrike|LOC
Estland|LOC
Irland|LOC
Lettland|LOC
UD|ORG|Utrikesdepartementet
EU|ORG|Europeiska unionen
EES|LOC|Europeiska ekonomiska samarbetsområdet
Schengenområdet|LOC
""",
dates="""
Dagens|2020-11|day
14 mars 2020|2020-03-14|day
5 november 2020|2020-11-05|day
18 november 2020|2020-11-18|day
15 november 2020|2020-11-15|day
""",
roles="""
"""),

dict(source="shared:regeringen-pressmeddelanden/2015/07/ny-ambassador-i-osterrike.md", doc_date="2015-07",
ents="""
Österrike|LOC
Regeringen|ORG
Helen Eduards|PER
Wien|LOC
Helen Eduards|PER
UD:s|ORG|Utrikesdepartementet
UD:s|ORG|Utrikesdepartementet
FN-representationen|ORG|Sveriges ständiga representation vid Förenta nationerna
New York|LOC
Helen Eduards|PER
""",
dates="""
idag|2015-07|day
hösten 2015|2015-FA|season
""",
roles="""
Helen Eduards|ambassadör|ambassadör||status=incoming
Helen Eduards|enhetschef|chef för UD:s enhet för styrning av utvecklingssamarbetet|Utrikesdepartementet
Helen Eduards|biträdande enhetschef|biträdande chef|Utrikesdepartementet|status=former
Helen Eduards|gruppchef|gruppchef||status=former
"""),
dict(source="shared:regeringen-pressmeddelanden/2026/01/ny-vagledning-ska-ge-fler-tillgang-till-grundlaggande-banktjanster.md", doc_date="2026-01",
ents="""
Regeringen|ORG
Finansinspektionen|ORG
Finansinspektionen|ORG
Niklas Wykman|PER
Finansinspektionen|ORG
Regeringskansliet|ORG
""",
dates="""
29 maj 2026|2026-05-29|day
""",
roles="""
Niklas Wykman|finansmarknadsminister|finansmarknadsminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2024/06/insats-for-att-stoppa-valfardsbrottslighet-inom-apoteksverksamhet.md", doc_date="2024-06",
ents="""
regeringen|ORG|Regeringen
Acko Ankarberg Johansson|PER
Läkemedelsverket|ORG
Läkemedelsverket|ORG
Läkemedelsverket|ORG
Socialdepartementet|ORG
""",
dates="""
25 september 2025|2025-09-25|day
""",
roles="""
Acko Ankarberg Johansson|sjukvårdsminister|sjukvårdsminister|
"""),

dict(source="shared:regeringen-pressmeddelanden/2024/08/civilminister-erik-slottner-besoker-oslo.md", doc_date="2024-08",
ents="""
Erik Slottner|PER
Oslo|LOC
Norges|LOC|Norge
Erling Sande|PER
Asker kommun|ORG
digitaliseringsdirektoratet|ORG|Digitaliseringsdirektoratet
Norges|LOC|Norge
Karianne Tung|PER
""",
dates="""
måndagen|2024-08|day
Tisdagen|2024-08|day
""",
roles="""
Erik Slottner|civilminister|Civilminister|
Erling Sande|kommunal- och distriktsminister|kommunal- och distriktsminister||country=NO
Karianne Tung|digitaliseringsminister|digitaliseringsminister||country=NO
"""),

dict(source="shared:regeringen-raw/artiklar/2026/01/nationella-sakerhetsradgivare-besokte-kiev-den-3-januari.md", doc_date="2026-01",
ents="""
Kiev|LOC
Sveriges|LOC|Sverige
Niclas Kvarnström|PER
Kiev|LOC
NATO|ORG|Nato
EU|ORG|Europeiska unionen
Ukraina|LOC
Kiev|LOC
Zelenskyj|PER|Volodymyr Zelenskyj
Ukrainas|LOC|Ukraina
Rustem Umjerov|PER
Steve Witkoff|PER
Ukrainas|LOC|Ukraina
Paris|LOC
Paris|LOC
Kiev|LOC
Ukraina|LOC
Ukraina|LOC
Ukraina|LOC
USA|LOC
Europa|LOC
Ryssland|LOC
Ukraina|LOC
Kvarnström|PER|Niclas Kvarnström
Sverige|LOC
Ukraina|LOC
Ukraina|LOC
Ukraina|LOC
Ukrainas|LOC|Ukraina
Sveriges|LOC|Sverige
""",
dates="""
3 januari|2026-01-03|day
lördagen den 3 januari|2026-01-03|day
6 januari|2026-01-06|day
tisdag|2026-01-06|day
""",
roles="""
Niclas Kvarnström|nationell säkerhetsrådgivare|nationella säkerhetsrådgivare|
Volodymyr Zelenskyj|president|president||country=UA
Rustem Umjerov|nationell säkerhetsrådgivare|nationella säkerhetsrådgivare||country=UA
Rustem Umjerov|chefsförhandlare|chefsförhandlare||country=UA
Steve Witkoff|sändebud|sändebudet||country=US
"""),

dict(source="shared:regeringen-pressmeddelanden/2024/09/accelerationskontoret-forstarks.md", doc_date="2024-09",
ents="""
Accelerationskontoret|ORG
Jonas Lundström|PER
Accelerationskontoret|ORG
Kristina Alvendal|PER
Jonas Lundström|PER
Sverige|LOC
Region Västerbotten|ORG
Accelerationskontorets|ORG|Accelerationskontoret
Sverige|LOC
Ebba Busch|PER
Tillväxtverket|ORG
regeringen|ORG|Regeringen
Tillväxtverket|ORG
Accelerationskontoret|ORG
Tillväxtverkets|ORG|Tillväxtverket
Ebba Busch|PER
Tillväxtverket|ORG
Regeringens|ORG|Regeringen
Sverige|LOC
Sverige|LOC
EU:s|ORG|Europeiska unionen
""",
dates="""
juni 2024|2024-06|month
2024|2024|year
2025|2025|year
2026|2026|year
""",
roles="""
Kristina Alvendal|industrisamordnare|industrisamordnare|
Jonas Lundström|industrisamordnare|industrisamordnare||implicit|status=incoming
Jonas Lundström|verksamhetschef|verksamhetschef|Region Västerbotten|status=former
Ebba Busch|energi- och näringsminister|energi- och näringsminister|
"""),

dict(source="shared:regeringen-raw/regeringsuppdrag/2018/07/uppdrag-att-ta-fram-en-tidplan-for-kompetenssatsning-om-digital-iseringens-mojligheter-i-plan--och-byggprocessen.md", doc_date="2018-07",
ents="""
Regeringen|ORG
Lantmäteriet|ORG
regeringens|ORG|Regeringen
Regeringskansliet|ORG
Näringsdepartementet|ORG
""",
dates="""
31 augusti 2018|2018-08-31|day
""",
roles="""
"""),

]
