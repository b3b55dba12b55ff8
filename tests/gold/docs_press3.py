"""Gold annotations, third batch (issue 10, roles): press releases chosen by select_press3.py. All are DEV documents.

Pre-annotated with the pipeline (preannotate.py), then every line checked and corrected by reading the full text
against GUIDELINES.md (decisions for this batch: the section "Third batch" there). Notation: see build_gold.py.
"""

P = "shared:regeringen-pressmeddelanden/"

DOCS = [
dict(source=P + "2023/12/en-svensk-kulturkanon-ska-tas-fram.md", doc_date="2023-12",
ents="""
Regeringens|ORG|Regeringen
Regeringen|ORG
Lars Trägårdh|PER
Regeringen|ORG
Kulturdepartementet|ORG
Sverigedemokraterna|ORG
Moderaterna|ORG
Kristdemokraterna|ORG
Liberalerna|ORG
""",
dates="""
i dag|2023-12|day
31 augusti 2025|2025-08-31|day
""",
roles="""
Lars Trägårdh|professor|professorn|
Lars Trägårdh|ordförande|ordförande|
"""),

dict(source=P + "2023/02/regeringen-tillsatter-utredning-for-att-starka-jordbrukets-konkurrenskraft-och-varna-djurskyddet.md",
     doc_date="2023-02",
ents="""
Regeringen|ORG
Sveriges|LOC|Sverige
Peter Kullgren|PER
EU|ORG|Europeiska unionen
EU|ORG|Europeiska unionen
Regeringen|ORG
Elisabeth Nilsson|PER
Elisabeth Nilsson|PER
Östergötland|LOC
Sverigedemokraterna|ORG
Moderaterna|ORG
Kristdemokraterna|ORG
Liberalerna|ORG
""",
dates="""
30 juni 2024|2024-06-30|day
""",
roles="""
Peter Kullgren|landsbygdsminister|landsbygdsminister|
Elisabeth Nilsson|särskild utredare|särskild utredare|
Elisabeth Nilsson|landshövding|landshövding|
"""),

dict(source=P + "2024/11/britta-soderqvist-blir-ny-chef-for-statens-museer-for-varldskultur.md", doc_date="2024-11",
ents="""
Britta Söderqvist|PER
Statens museer för världskultur|ORG
regeringen|ORG|Regeringen
Britta Söderqvist|PER
Statens museer för världskultur|ORG
Britta Söderqvist|PER
Parisa Liljestrand|PER
Britta Söderqvist|PER
Statens museer för världskultur|ORG
Göteborgs museer och konsthall|ORG
Sveriges|LOC|Sverige
Göteborgs konstmuseum|ORG
Göteborgs stadsmuseum|ORG
Sjöfartsmuseet Akvariet|ORG
Röhsska museet|ORG
Göteborgs Konsthall|ORG
Britta Söderqvist|PER
""",
dates="""
i dag|2024-11|day
i dag|2024-11|day
""",
roles="""
Britta Söderqvist|chef|ny chef|Statens museer för världskultur
Britta Söderqvist|överintendent|överintendent|Statens museer för världskultur
Parisa Liljestrand|kulturminister|kulturminister|
Britta Söderqvist|enhetschef|enhetschef|Statens museer för världskultur
Britta Söderqvist|chef|ytterst ansvarig chef|Göteborgs museer och konsthall
"""),

dict(source=P + "2025/11/regeringen-tillsatter-utredning-om-klarering.md", doc_date="2025-11",
ents="""
Regeringen|ORG
Sveriges|LOC|Sverige
Sverige|LOC
Nato|ORG
Sverige|LOC
Nato|ORG
Rättsmedicinalverket|ORG
Jenny Kvarnholt|PER
""",
dates="""
2019|2019|year
dagens|2025-11|day
18 månader|P18M|duration
""",
roles="""
Jenny Kvarnholt|generaldirektör|Generaldirektören|Rättsmedicinalverket
Jenny Kvarnholt|särskild utredare|särskild utredare|
"""),

dict(source=P + "2024/08/regeringen-tillsatter-utredning-for-att-genomfora-nya-eu-regler-om-forsakringsbolagens-krishantering.md",
     doc_date="2024-08",
ents="""
Regeringen|ORG
Riksgäldskontoret|ORG
Regeringen|ORG
Tord Gransbo|PER
""",
dates="""
1 september 2025|2025-09-01|day
""",
roles="""
Tord Gransbo|departementsråd|departementsrådet|
Tord Gransbo|utredare|utredare|
"""),

dict(source=P + "2023/11/regeringen-forordnar-nya-ledamoter-och-ersattare-i-mediestodsnamnden.md", doc_date="2023-11",
ents="""
Regeringen|ORG
mediestödsnämnden|ORG|Mediestödsnämnden
mediestödsnämndens|ORG|Mediestödsnämnden
Mediestödsnämnden|ORG
Mediemyndigheten|ORG
Mediestödsnämnden|ORG
Regeringen|ORG
Regeringen|ORG
Mediestödsnämnden|ORG
Anita Linder|PER
Carl Heath|PER
Bengt Johansson|PER
Mart Ots|PER
Ola Sigvardsson|PER
Lars Truedson|PER
Mattias Almqvist|PER
""",
dates="""
1 januari 2023|2023-01-01|day
31 december 2025|2025-12-31|day
31 december 2025|2025-12-31|day
31 december 2026|2026-12-31|day
31 december 2026|2026-12-31|day
31 december 2026|2026-12-31|day
31 december 2025|2025-12-31|day
31 december 2026|2026-12-31|day
1 januari 2024|2024-01-01|day
""",
roles="""
Anita Linder|ordförande|Ordförande|Mediestödsnämnden|implicit
Anita Linder|kammarrättslagman|F.d. kammarrättslagmannen|
Carl Heath|ledamot|Nya ledamöter|Mediestödsnämnden|implicit
Bengt Johansson|ledamot|Nya ledamöter|Mediestödsnämnden|implicit
Bengt Johansson|professor|Professorn|
Mart Ots|ledamot|Nya ledamöter|Mediestödsnämnden|implicit
Mart Ots|docent|Docenten|
Ola Sigvardsson|ledamot|Nya ledamöter|Mediestödsnämnden|implicit
Lars Truedson|ledamot|Nya ledamöter|Mediestödsnämnden|implicit
Mattias Almqvist|ersättare|ersättare|Mediestödsnämnden|implicit
Mattias Almqvist|vice ordförande|vice ordförande|Mediestödsnämnden|implicit
Mattias Almqvist|kammarrättslagman|Kammarrättslagmannen|
"""),

dict(source=P + "2024/02/forskningsinfrastruktur-och-eu-i-fokus-vid-forskningsberedningens-fjarde-mote.md",
     doc_date="2024-02",
ents="""
EU|ORG|Europeiska unionen
Forskningsberedningens|ORG|Forskningsberedningen
Forskningsberedningen|ORG
regeringen|ORG|Regeringen
Mats Persson|PER
Sverige|LOC
Sverige|LOC
Sverige|LOC
EU:s|ORG|Europeiska unionen
Sverige|LOC
Europa|LOC
Sverige|LOC
""",
dates="""
2024|2024|year
dagens|2024-02|day
"""),

dict(source=P + "2025/11/justitieminister-gunnar-strommer-besoker-vasternorrland.md", doc_date="2025-11",
ents="""
Gunnar Strömmer|PER
Västernorrland|LOC
Gunnar Strömmer|PER
Härnösand|LOC
Sundsvall|LOC
Polismyndigheten|ORG
Brottsofferjouren Västernorrland|ORG
Länsstyrelsen Västernorrland|ORG|Länsstyrelsen i Västernorrlands län
""",
dates="""
20 år|P20Y|duration
årets|2025|year
""",
roles="""
Gunnar Strömmer|justitieminister|Justitieminister|
"""),

dict(source=P + "2025/06/ytterligare-en-halv-miljard-kronor-i-prestationsbaserade-bidrag-ska-korta-vardkoerna.md",
     doc_date="2025-06",
ents="""
Sverige|LOC
Acko Ankarberg Johansson|PER
Socialstyrelsen|ORG
Socialdepartementet|ORG
regeringen|ORG|Regeringen
Regeringen|ORG
""",
dates="""
mars 2025|2025-03|month
i dag|2025-06|day
""",
roles="""
Acko Ankarberg Johansson|sjukvårdsminister|sjukvårdsminister|
"""),

dict(source=P + "2023/10/uppdrag-att-utreda-praktiskt-korprov-vid-synfaltsbortfall.md", doc_date="2023-10",
ents="""
Andreas Carlson|PER
Transportstyrelsen|ORG
Trafikverket|ORG
Transportstyrelsen|ORG
""",
dates="""
15 juni 2025|2025-06-15|day
""",
roles="""
Andreas Carlson|infrastruktur- och bostadsminister|infrastruktur- och bostadsminister|
"""),

dict(source=P + "2023/12/ytterligare-ledamot-och-ersattare-i-mediestodsnamnden.md", doc_date="2023-12",
ents="""
mediestödsnämnden|ORG|Mediestödsnämnden
Regeringen|ORG
mediestödsnämnden|ORG|Mediestödsnämnden
Mediestödsnämnden|ORG
Mediemyndigheten|ORG
Mediestödsnämnden|ORG
regeringen|ORG|Regeringen
Regeringen|ORG
mediestödsnämnden|ORG|Mediestödsnämnden
mediestödsnämnden|ORG|Mediestödsnämnden
Yvonne Pernodd|PER
Utbetalningsmyndigheten|ORG
Therese Pelow|PER
Anna Körnung|PER
""",
dates="""
1 januari 2024|2024-01-01|day
30 november|2023-11-30|day
i dag|2023-12|day
31 december 2025|2025-12-31|day
31 december 2025|2025-12-31|day
31 december 2026|2026-12-31|day
1 januari 2024|2024-01-01|day
""",
roles="""
Yvonne Pernodd|ledamot|Ny ledamot|Mediestödsnämnden|implicit
Yvonne Pernodd|europachef|Europachefen|
Therese Pelow|ersättare|Nya ersättare|Mediestödsnämnden|implicit
Therese Pelow|stabschef|Tillträdande stabschef|Utbetalningsmyndigheten
Anna Körnung|ersättare|Nya ersättare|Mediestödsnämnden|implicit
Anna Körnung|chefredaktör|Chefredaktör|
"""),

dict(source=P + "2023/09/landsbygdsministerns-besok-i-vastmanland.md", doc_date="2023-09",
ents="""
Västmanland|LOC
Sveriges grisföretagare|ORG
Sala|LOC
Fagersta|LOC
Karl Ståhl|PER
Jordbruksverket|ORG
Fagersta kommun|ORG
Fagersta|LOC
""",
roles="""
Karl Ståhl|statsepizootolog|statsepizootolog|
"""),

dict(source=P + "2023/05/landsbygdsministern-har-traffat-landshovdingar-for-att-diskutera-vargforvaltningen.md",
     doc_date="2023-05",
ents="""
regeringen|ORG|Regeringen
Peter Kullgren|PER
""",
dates="""
Dagens|2023-05|day
i vinter|2022-WI|season
det senaste året|P1Y|duration
""",
roles="""
Peter Kullgren|landsbygdsminister|landsbygdsminister|
"""),

dict(source=P + "2023/04/civilminister-erik-slottner-besoker-halland.md", doc_date="2023-04",
ents="""
Erik Slottner|PER
Halland|LOC
Erik Slottner|PER
Region Halland|ORG
Erik Slottner|PER
Stena Recyclings|ORG|Stena Recycling
""",
roles="""
Erik Slottner|civilminister|Civilminister|
"""),

dict(source=P + "2025/04/sjukvardsministern-besoker-region-uppsala.md", doc_date="2025-04",
ents="""
Region Uppsala|ORG
Akademiska sjukhuset|ORG
Uppsala|LOC
Region Uppsala|ORG
Matilda Anttonen|PER
Joel Apelthun|PER
""",
dates="""
februari 2025|2025-02|month
""",
roles="""
Matilda Anttonen|pressassistent|pressassistent|
Joel Apelthun|pressekreterare|pressekreterare|
"""),

dict(source=P + "2025/12/robert-andren-ny-landshovding-i-sodermanlands-lan.md", doc_date="2025-12",
ents="""
Robert Andrén|PER
Södermanlands län|LOC
Robert Andréns|PER|Robert Andrén
Länsstyrelsen i Södermanlands län|ORG
Robert Andrén|PER
Regeringskansliet|ORG
Robert Andréns|PER|Robert Andrén
Södermanlands län|LOC
Robert Andrén|PER
Erik Slottner|PER
Robert Andrén|PER
Robert Andrén|PER
Energimyndigheten|ORG
Länsstyrelsen i Värmlands län|ORG
Regeringskansliet|ORG
Industrikraft|ORG
Sustainable Innovation|ORG
""",
dates="""
1 januari 2026|2026-01-01|day
31 december 2031|2031-12-31|day
1967|1967|year
augusti 2024|2024-08|month
""",
roles="""
Robert Andrén|landshövding|landshövding|Länsstyrelsen i Södermanlands län
Erik Slottner|civilminister|civilminister|
Robert Andrén|generaldirektör|generaldirektör|Energimyndigheten
Robert Andrén|länsråd|länsråd|Länsstyrelsen i Värmlands län
Robert Andrén|departementsråd|departementsråd|Regeringskansliet
Robert Andrén|styrelseordförande|styrelseordförande|Sustainable Innovation
"""),

dict(source=P + "2025/08/mote-med-samiska-intressen-om-renskotselkonventionen-mellan-sverige-och-norge.md",
     doc_date="2025-08",
ents="""
Sverige|LOC
Norge|LOC
Sverige|LOC
Norge|LOC
Sverige|LOC
Norge|LOC
""",
dates="""
2005|2005|year
2022|2022|year
i dag|2025-08|day
2009|2009|year
"""),

dict(source=P + "2025/09/sjukvardsministern-besoker-helsingfors-for-samtal-om-beredskap-och-nordiskt-samarbete.md",
     doc_date="2025-09",
ents="""
Helsingfors|LOC
Finland|LOC
Sverige|LOC
Acko Ankarberg Johansson|PER
Finland|LOC
Finlands|LOC|Finland
Grahn-Laasonen|PER
Finland|LOC
Nordiska ministerrådet|ORG
Helsingfors universitetssjukhus|ORG
Sveriges|LOC|Sverige
Joel Apelthun|PER
""",
dates="""
2025|2025|year
""",
roles="""
Acko Ankarberg Johansson|sjukvårdsminister|sjukvårdsminister|
Grahn-Laasonen|minister|minister|
Joel Apelthun|pressekreterare|pressekreterare|
"""),
]
