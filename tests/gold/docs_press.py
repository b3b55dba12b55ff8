"""Gold annotations for Government press releases in ../shared/data/regeringen-pressmeddelanden.

Selection rule: see README.md. Notation: see build_gold.py.
"""

P = "shared:regeringen-pressmeddelanden/"

DOCS = [
dict(source=P + "2015/03/nya-ledamoter-i-exportkontrollradet-ekr.md", doc_date="2015-03",
ents="""
Exportkontrollrådet|ORG
EKR|ORG|Exportkontrollrådet
Regeringen|ORG|Regeringen
Exportkontrollrådet|ORG
Inspektionen för strategiska produkter|ORG
ISP|ORG|Inspektionen för strategiska produkter
Jan R. Andersson|PER
Annicka Engblom|PER
Stig Henriksson|PER
Mikael Jansson|PER
Lars Johansson|PER
Nina Larsson|PER
Kerstin Lundgren|PER
Mattias Ottosson|PER
Pernilla Stålhammar|PER
Caroline Szyber|PER
Anna-Lena Sörenson|PER
Per Westerberg|PER
Inspektionen för strategiska produkter|ORG
ISP|ORG|Inspektionen för strategiska produkter
Exportkontrollrådet|ORG
regeringen|ORG|Regeringen
ISP|ORG|Inspektionen för strategiska produkter
Exportkontrollrådet|ORG
""",
dates="""
idag|2015-03|day
31 december 2018|2018-12-31|day
1996|1996|year
""",
roles="""
Jan R. Andersson|ledamot|ledamöter|Exportkontrollrådet|implicit
Annicka Engblom|ledamot|ledamöter|Exportkontrollrådet|implicit
Stig Henriksson|ledamot|ledamöter|Exportkontrollrådet|implicit
Mikael Jansson|ledamot|ledamöter|Exportkontrollrådet|implicit
Lars Johansson|ledamot|ledamöter|Exportkontrollrådet|implicit
Nina Larsson|ledamot|ledamöter|Exportkontrollrådet|implicit
Kerstin Lundgren|ledamot|ledamöter|Exportkontrollrådet|implicit
Mattias Ottosson|ledamot|ledamöter|Exportkontrollrådet|implicit
Pernilla Stålhammar|ledamot|ledamöter|Exportkontrollrådet|implicit
Caroline Szyber|ledamot|ledamöter|Exportkontrollrådet|implicit
Anna-Lena Sörenson|ledamot|ledamöter|Exportkontrollrådet|implicit
Per Westerberg|ledamot|ledamöter|Exportkontrollrådet|implicit
"""),

dict(source=P + "2016/02/urban-hansson-brusewitz-ny-generaldirektor-for-konjunkturinstitutet.md", doc_date="2016-02",
ents="""
Urban Hansson Brusewitz|PER
Konjunkturinstitutet|ORG
Regeringen|ORG|Regeringen
Finansdepartementet|ORG
Urban Hansson Brusewitz|PER
Konjunkturinstitutet|ORG
Konjunkturinstitutet|ORG
Urban Hansson Brusewitz|PER
Konjunkturinstitutet|ORG
Urban|PER|Urban Hansson Brusewitz
Konjunkturinstitutet|ORG
Uppsala universitet|ORG
Finansdepartementet|ORG
Konjunkturinstitutet|ORG
Ardalan Shekarabi|PER
""",
dates="""
idag|2016-02|day
1 juli 2016|2016-07-01|day
""",
roles="""
Urban Hansson Brusewitz|generaldirektör|generaldirektör|Konjunkturinstitutet
Urban Hansson Brusewitz|budgetchef|budgetchefen|Finansdepartementet
Urban Hansson Brusewitz|prognoschef|prognoschef|Konjunkturinstitutet
Ardalan Shekarabi|civilminister|civilminister|
"""),

dict(source=P + "2017/03/kulturdepartementet-nominerar-ulrika-arehed-kagstrom-som-styrelseordforande-i-kungliga-dramatiska-teatern-ab.md", doc_date="2017-03",
ents="""
Kulturdepartementet|ORG
Ulrika Årehed Kågström|PER
Kungliga Dramatiska Teatern AB|ORG
Ulrika Årehed Kågström|PER
Cancerfonden|ORG
Riksteatern|ORG
Dramatens|ORG|Kungliga Dramatiska Teatern AB
Kungliga Dramaten AB|ORG|Kungliga Dramatiska Teatern AB
Raoul Grünthal|PER
Schibsted Sverige|ORG
Biljana Pehrsson|PER
Kungsleden|ORG
Kulturdepartementet|ORG
Dramatens|ORG|Kungliga Dramatiska Teatern AB
Pontus Braunerhjelm|PER
Sara Danius|PER
Svenska Akademiens|ORG|Svenska Akademien
Eva Hamilton|PER
Tasso Stafilidis|PER
Kulturdepartementet|ORG
Kungliga Operans|ORG|Kungliga Operan
Eva Halvarsson|PER
Andra AP-fonden|ORG
Näringsdepartementet|ORG
Morten Hesseldahl|PER
Det Kongelige Teater|ORG
Köpenhamn|LOC
Kulturdepartementet|ORG
Operans|ORG|Kungliga Operan
Kristina Rennerstedt|PER
Olov Carlsson|PER
Länstidningen i Södertälje|ORG
Norrtälje Tidning|ORG
Anna-Carin Celsing|PER
Mira Helenius Martinsson|PER
Norrdans|ORG
Scenkonstbolaget|ORG
Örjan Wikforss|PER
SAR|ORG
""",
dates="""
2016|2016|year
""",
roles="""
Ulrika Årehed Kågström|styrelseordförande|styrelseordförande|Kungliga Dramatiska Teatern AB
Ulrika Årehed Kågström|generalsekreterare|generalsekreterare|Cancerfonden
Ulrika Årehed Kågström|marknadschef|marknadschef|Riksteatern
Ulrika Årehed Kågström|vice verkställande direktör|vice vd|Riksteatern
Ulrika Årehed Kågström|ledamot|ledamot|Kungliga Dramatiska Teatern AB
Raoul Grünthal|verkställande direktör|VD|Schibsted Sverige
Biljana Pehrsson|verkställande direktör|VD|Kungsleden
Raoul Grünthal|ledamot|ledamöter|Kungliga Dramatiska Teatern AB|implicit
Biljana Pehrsson|ledamot|ledamöter|Kungliga Dramatiska Teatern AB|implicit
Pontus Braunerhjelm|professor|professor i nationalekonomi|
Pontus Braunerhjelm|ledamot|styrelse|Kungliga Dramatiska Teatern AB|implicit
Sara Danius|ständig sekreterare|ständiga sekreterare|Svenska Akademien
Sara Danius|professor|professor i litteraturvetenskap|
Sara Danius|ledamot|styrelse|Kungliga Dramatiska Teatern AB|implicit
Eva Hamilton|svt-chef|SVT-chef|
Eva Hamilton|ledamot|styrelse|Kungliga Dramatiska Teatern AB|implicit
Tasso Stafilidis|verksamhetsansvarig|verksamhetsansvarig|
Tasso Stafilidis|ledamot|styrelse|Kungliga Dramatiska Teatern AB|implicit
Eva Halvarsson|verkställande direktör|VD|Andra AP-fonden
Eva Halvarsson|enhetschef|chef för enheten för statligt ägande|Näringsdepartementet
Eva Halvarsson|ledamot|ledamöter|Kungliga Operan|implicit
Morten Hesseldahl|chef|chef|Det Kongelige Teater
Morten Hesseldahl|ledamot|ledamöter|Kungliga Operan|implicit
Kristina Rennerstedt|ordförande|ordförande|Kungliga Operan
Kristina Rennerstedt|generaldirektör|generaldirektör|
Kristina Rennerstedt|statssekreterare|statssekreterare|
Olov Carlsson|chefredaktör|chefredaktör|Länstidningen i Södertälje
Olov Carlsson|chefredaktör|chefredaktör|Norrtälje Tidning
Olov Carlsson|ledamot|styrelse|Kungliga Operan|implicit
Anna-Carin Celsing|bankdirektör|bankdirektör|
Anna-Carin Celsing|ledamot|styrelse|Kungliga Operan|implicit
Mira Helenius Martinsson|danschef|danschef|Norrdans
Mira Helenius Martinsson|danschef|danschef|Scenkonstbolaget
Mira Helenius Martinsson|ledamot|styrelse|Kungliga Operan|implicit
Örjan Wikforss|professor|professor|
Örjan Wikforss|ledamot|styrelse|Kungliga Operan|implicit
"""),

dict(source=P + "2018/07/ny-generaldirektor-utsedd-for-styrelsen-for-ackreditering-och-teknisk-kontroll-swedac.md", doc_date="2018-07",
ents="""
Styrelsen för ackreditering och teknisk kontroll|ORG
Swedac|ORG|Styrelsen för ackreditering och teknisk kontroll
Swedac|ORG|Styrelsen för ackreditering och teknisk kontroll
Sverige|LOC
Swedac|ORG|Styrelsen för ackreditering och teknisk kontroll
Ulf Hammarström|PER
Försvarsexportmyndigheten|ORG
Bryssel|LOC
European Defence Agency|ORG
EU-representationen|ORG
regeringskansliet|ORG|Regeringskansliet
Ulf Hammarström|PER
""",
dates="""
nio år|P9Y|duration
10 september i år|2018-09-10|day
""",
roles="""
Ulf Hammarström|generaldirektör|generaldirektör|Styrelsen för ackreditering och teknisk kontroll|implicit
Ulf Hammarström|generaldirektör|generaldirektör|Försvarsexportmyndigheten
Ulf Hammarström|direktör|direktör|European Defence Agency
Ulf Hammarström|minister|diplomatisk minister|EU-representationen
Ulf Hammarström|departementsråd|departementsråd|Regeringskansliet
"""),

dict(source=P + "2020/05/regeringen-har-utsett-nya-ledamoter-i-insynsradet-for-styrelsen-for-ackreditering-och-teknisk-kontroll.md", doc_date="2020-05",
ents="""
Regeringen|ORG|Regeringen
Styrelsen för ackreditering och teknisk kontroll|ORG
Annika Andreasen|PER
Svenska institutet för standarder|ORG
Helena Antoni|PER
M|ORG|Moderaterna
Jens Henriksson|PER
Sveriges konsumenter|ORG
Thomas Hörnfeldt|PER
SSAB|ORG
Helena Lindahl|PER
C|ORG|Centerpartiet
Anders L Pettersson|PER
Civil Rights Defenders|ORG
Mathias Tegnér|PER
S|ORG|Socialdemokraterna
Ulrika H. Westergren|PER
Umeå Universitet|ORG|Umeå universitet
Petra Örjegren|PER
Företagarnas|ORG|Företagarna
Styrelsen för ackreditering och teknisk kontroll|ORG
Ulf Hammarström|PER
""",
roles="""
Annika Andreasen|verkställande direktör|verkställande direktör|Svenska institutet för standarder
Helena Antoni|riksdagsledamot|riksdagsledamot|
Jens Henriksson|internationell sekreterare|internationell sekreterare|Sveriges konsumenter
Thomas Hörnfeldt|hållbarhetschef|hållbarhetschef|SSAB
Helena Lindahl|riksdagsledamot|riksdagsledamot|
Anders L Pettersson|verkställande direktör|VD|Civil Rights Defenders
Mathias Tegnér|riksdagsledamot|riksdagsledamot|
Ulrika H. Westergren|docent|docent|Umeå universitet
Ulf Hammarström|generaldirektör|Generaldirektören|Styrelsen för ackreditering och teknisk kontroll
Ulf Hammarström|ordförande|insynsrådets ordförande|Styrelsen för ackreditering och teknisk kontroll
Annika Andreasen|ledamot|Ledamöterna|Styrelsen för ackreditering och teknisk kontroll|implicit
Helena Antoni|ledamot|Ledamöterna|Styrelsen för ackreditering och teknisk kontroll|implicit
Jens Henriksson|ledamot|Ledamöterna|Styrelsen för ackreditering och teknisk kontroll|implicit
Thomas Hörnfeldt|ledamot|Ledamöterna|Styrelsen för ackreditering och teknisk kontroll|implicit
Helena Lindahl|ledamot|Ledamöterna|Styrelsen för ackreditering och teknisk kontroll|implicit
Anders L Pettersson|ledamot|Ledamöterna|Styrelsen för ackreditering och teknisk kontroll|implicit
Mathias Tegnér|ledamot|Ledamöterna|Styrelsen för ackreditering och teknisk kontroll|implicit
Ulrika H. Westergren|ledamot|Ledamöterna|Styrelsen för ackreditering och teknisk kontroll|implicit
Petra Örjegren|ledamot|Ledamöterna|Styrelsen för ackreditering och teknisk kontroll|implicit
"""),

dict(source=P + "2021/11/lansering-av-fn-rapport-om-de-globala-humanitara-behoven.md", doc_date="2021-11",
ents="""
OCHA|ORG|FN:s kontor för humanitära frågor
Stockholm|LOC
Genève|LOC
Berlin|LOC
Bryssel|LOC
London|LOC
Washington D.C.|LOC
Stockholm|LOC
Qu Dongyu|PER
FN:s livsmedels- och jordbruksorganisation|ORG
FAO|ORG|FN:s livsmedels- och jordbruksorganisation
Amir Abdulla|PER
FN:s livsmedelsprogram|ORG
WFP|ORG|FN:s livsmedelsprogram
Jemen|LOC
UD|ORG|Utrikesdepartementet
Sida|ORG|Styrelsen för internationellt utvecklingssamarbete
Sverige|LOC
FN:s kontor för humanitära frågor|ORG
OCHA|ORG|FN:s kontor för humanitära frågor
FN:s livsmedelsprogram|ORG
WFP|ORG|FN:s livsmedelsprogram
UNICEF|ORG
FN:s|ORG|Förenta nationerna
UNHCR|ORG
""",
dates="""
Idag|2021-11|day
2019|2019|year
2020|2020|year
2 december|2021-12-02|day
""",
roles="""
Qu Dongyu|generaldirektör|generaldirektör|FN:s livsmedels- och jordbruksorganisation
Amir Abdulla|biträdande exekutivdirektör|biträdande exekutivdirektör|FN:s livsmedelsprogram
"""),

dict(source=P + "2022/01/protokoll-fran-finansiella-stabilitetsradets-mote.md", doc_date="2022-01",
ents="""
Finansiella stabilitetsrådets|ORG|Finansiella stabilitetsrådet
Max Elger|PER
Finansinspektionen|ORG
Erik Thedéen|PER
Stefan Ingves|PER
Hans Lindblad|PER
Europa|LOC
""",
roles="""
Max Elger|finansmarknadsminister|finansmarknadsminister|
Erik Thedéen|generaldirektör|generaldirektören|Finansinspektionen
Stefan Ingves|riksbankschef|riksbankschef|
Hans Lindblad|riksgäldsdirektör|riksgäldsdirektör|
"""),

dict(source=P + "2023/01/civilminister-erik-slottner-inviger-nytt-servicekontor-i-malmo.md", doc_date="2023-01",
ents="""
Erik Slottner|PER
Malmö|LOC
Malmö|LOC
Åsa Lindh|PER
Statens servicecenter|ORG
Länsstyrelsen i Skåne län|ORG
Försäkringskassan|ORG
Pensionsmyndigheten|ORG
Skatteverket|ORG
Arbetsförmedlingens|ORG|Arbetsförmedlingen
""",
roles="""
Erik Slottner|civilminister|Civilminister|
Åsa Lindh|generaldirektör|generaldirektör|Statens servicecenter
"""),
dict(source=P + "2024/01/anna-ledin-ny-generaldirektor-for-havs--och-vattenmyndigheten.md", doc_date="2024-01",
ents="""
Anna Ledin|PER
Havs- och vattenmyndigheten|ORG
Sveriges|LOC|Sverige
Anna Ledin|PER
Havs- och vattenmyndigheten|ORG
Romina Pourmokhtari|PER
Anna Ledin|PER
Göteborgs stad|ORG
Institutionen för hållbar utveckling|ORG
Kungliga Tekniska Högskolan|ORG|Kungliga Tekniska högskolan
Stockholm|LOC
Danmarks Tekniska universitet|ORG
Köpenhamn|LOC
Forskningsrådet för miljö-areella näringar och samhällsbyggande|ORG|Forskningsrådet för miljö, areella näringar och samhällsbyggande
Formas|ORG|Forskningsrådet för miljö, areella näringar och samhällsbyggande
""",
roles="""
Anna Ledin|generaldirektör|generaldirektör|Havs- och vattenmyndigheten
Romina Pourmokhtari|klimat- och miljöminister|klimat- och miljöminister|
Anna Ledin|direktör|direktör för miljöförvaltningen|Göteborgs stad
Anna Ledin|professor|professor|Institutionen för hållbar utveckling
Anna Ledin|professor|professor|Danmarks Tekniska universitet
Anna Ledin|huvudsekreterare|huvudsekreterare|Forskningsrådet för miljö, areella näringar och samhällsbyggande
"""),

dict(source=P + "2025/01/magnus-jagerskog-ny-generaldirektor-for-mucf.md", doc_date="2025-01",
ents="""
Magnus Jägerskog|PER
MUCF|ORG|Myndigheten för ungdoms- och civilsamhällesfrågor
MUCF|ORG|Myndigheten för ungdoms- och civilsamhällesfrågor
Magnus Jägerskog|PER
Jakob Forssmed|PER
MUCF|ORG|Myndigheten för ungdoms- och civilsamhällesfrågor
regeringens|ORG|Regeringen
MUCF|ORG|Myndigheten för ungdoms- och civilsamhällesfrågor
Myndigheten för stöd till trossamfund|ORG
SST|ORG|Myndigheten för stöd till trossamfund
MUCF|ORG|Myndigheten för ungdoms- och civilsamhällesfrågor
Magnus Jägerskog|PER
BRIS|ORG|Barnens rätt i samhället
IQ|ORG
Friends|ORG
Arvsfondsdelegationen|ORG
Barnrättsdelegationen|ORG
Magnus Jägerskog|PER
""",
dates="""
1 januari 2026|2026-01-01|day
26 maj 2025|2025-05-26|day
""",
roles="""
Magnus Jägerskog|generaldirektör|generaldirektör|Myndigheten för ungdoms- och civilsamhällesfrågor
Jakob Forssmed|socialminister|socialminister|
Magnus Jägerskog|generalsekreterare|generalsekreterare|Barnens rätt i samhället
"""),

dict(source=P + "2026/01/forsvarsmakten-far-ny-generaldirektor.md", doc_date="2026-01",
ents="""
Försvarsmakten|ORG
Christina Malm|PER
Försvarsmakten|ORG
Pål Jonson|PER
Christina Malm|PER
Totalförsvarets plikt- och prövningsverk|ORG
Christina Malm|PER
Försvarets radioanstalt|ORG
FRA|ORG|Försvarets radioanstalt
Internationella programkontoret för utbildningsområdet|ORG
Svenska EU-programkontoret|ORG
Sjöfartsverket|ORG
Totalförsvarets forskningsinstitut|ORG
FOI|ORG|Totalförsvarets forskningsinstitut
Christina Malm|PER
Fortifikationsverkets|ORG|Fortifikationsverket
Arbetsgivarverkets|ORG|Arbetsgivarverket
Försvarsmaktens|ORG|Försvarsmakten
Sverige|LOC
Sveriges|LOC|Sverige
Sveriges|LOC|Sverige
Sveriges|LOC|Sverige
Försvarsmakten|ORG
riksdagens|ORG|Riksdagen
""",
roles="""
Christina Malm|generaldirektör|generaldirektör|Försvarsmakten
Pål Jonson|försvarsminister|försvarsminister|
Christina Malm|generaldirektör|generaldirektör|Totalförsvarets plikt- och prövningsverk
Christina Malm|överdirektör|överdirektör|Försvarets radioanstalt
Christina Malm|administrativ chef|administrativ chef|Internationella programkontoret för utbildningsområdet
Christina Malm|ställföreträdande generaldirektör|ställföreträdande generaldirektör|Internationella programkontoret för utbildningsområdet
Christina Malm|ekonomidirektör|ekonomidirektör|Sjöfartsverket
Christina Malm|ekonomidirektör|ekonomidirektör|Totalförsvarets forskningsinstitut
Christina Malm|analytiker|analytiker|Totalförsvarets forskningsinstitut
Christina Malm|ledamot|styrelse|Fortifikationsverket
Christina Malm|ledamot|styrelse|Arbetsgivarverket
"""),

dict(source=P + "2015/04/medieutredningens-lag-pa-plats.md", doc_date="2015-04",
ents="""
Medieutredningens|ORG|Medieutredningen
Regeringens|ORG|Regeringen
Anette Novak|PER
Interactive Institute Swedish ICT|ORG
Anette Novak|PER
Göran Blomberg|PER
Regeringskansliet|ORG
Kulturdepartementet|ORG
Presstödskommittén|ORG
Medieutredningens|ORG|Medieutredningen
Emma Crépin|PER
Dingle Sweden AB|ORG
Kista Science City|ORG
Kista|LOC
Oscar Westlund|PER
Institutionen för journalistik, medier och kommunikation|ORG
Göteborgs universitet|ORG
""",
dates="""
I dag|2015-04|day
2012-13|2012/2013|range
det senaste decenniet|P10Y|duration
31 oktober 2015|2015-10-31|day
30 april 2016|2016-04-30|day
""",
roles="""
Anette Novak|särskild utredare|särskilda utredare|Regeringen
Göran Blomberg|huvudsekreterare|huvudsekreterare|Medieutredningen|implicit
Göran Blomberg|enhetschef|enhetschef|Kulturdepartementet
Göran Blomberg|huvudsekreterare|huvudsekreterare|Presstödskommittén
Emma Crépin|kommunikatör|kommunikatör|Medieutredningen|implicit
Emma Crépin|verkställande direktör|VD|Dingle Sweden AB
Oscar Westlund|forskningsledare|forskningsledare|Medieutredningen|implicit
"""),

dict(source=P + "2016/02/anna-bjorkander.md", doc_date="2016-02",
ents="""
UD|ORG|Utrikesdepartementet
Anna Björkander|PER
UD:s|ORG|Utrikesdepartementet
Anna Björkander|PER
UD:s|ORG|Utrikesdepartementet
UD:s|ORG|Utrikesdepartementet
Anna Björkander|PER
UD:s|ORG|Utrikesdepartementet
EU:s|ORG|Europeiska unionen
New York|LOC
Miljödepartemetet|ORG|Miljödepartementet
""",
dates="""
idag|2016-02|day
hösten|2015-FA|season
""",
roles="""
Anna Björkander|kommunikationschef|kommunikationschef|Utrikesdepartementet
Anna Björkander|biträdande chef|biträdande chef|Utrikesdepartementet
Anna Björkander|gruppchef|gruppchef|Utrikesdepartementet
Anna Björkander|press- och kulturansvarig|press- och kulturansvarig|
"""),

dict(source=P + "2017/02/ordforande-och-ledamoter-i-public-service-kommitten-utsedda.md", doc_date="2017-02",
ents="""
Radio och tv i allmänhetens tjänst|ORG
Sture Nordh|PER
Angelica Bengtsson|PER
Rossana Dinamarca|PER
Jan Ericson|PER
Erik Ezelius|PER
Ida Karkiainen|PER
Gävle kommun|ORG
Martina Kyngäs|PER
Olof Lavesson|PER
Per Lodenius|PER
Niclas Malmberg|PER
Olle Wästberg|PER
Regeringen|ORG|Regeringen
riksdagens|ORG|Riksdagen
""",
dates="""
13 februari 2017|2017-02-13|day
20 december|2016-12-20|day
8 april 2015|2015-04-08|day
30 september 2017|2017-09-30|day
""",
roles="""
Sture Nordh|ordförande|ordförande|Radio och tv i allmänhetens tjänst
Sture Nordh|styrelseordförande|Styrelseordföranden|
Angelica Bengtsson|riksdagsledamot|Riksdagsledamoten|
Angelica Bengtsson|ledamot|ledamot|Radio och tv i allmänhetens tjänst
Rossana Dinamarca|riksdagsledamot|Riksdagsledamoten|
Rossana Dinamarca|ledamot|ledamot|Radio och tv i allmänhetens tjänst
Jan Ericson|riksdagsledamot|Riksdagsledamoten|
Jan Ericson|ledamot|ledamot|Radio och tv i allmänhetens tjänst
Erik Ezelius|riksdagsledamot|Riksdagsledamoten|
Erik Ezelius|ledamot|ledamot|Radio och tv i allmänhetens tjänst
Ida Karkiainen|riksdagsledamot|Riksdagsledamoten|
Ida Karkiainen|ledamot|ledamot|Radio och tv i allmänhetens tjänst
Martina Kyngäs|ordförande|Ordförande kultur- och fritidsnämnden|Gävle kommun
Martina Kyngäs|ledamot|ledamot|Radio och tv i allmänhetens tjänst
Olof Lavesson|riksdagsledamot|Riksdagsledamoten|
Olof Lavesson|ledamot|ledamot|Radio och tv i allmänhetens tjänst
Per Lodenius|riksdagsledamot|Riksdagsledamoten|
Per Lodenius|ledamot|ledamot|Radio och tv i allmänhetens tjänst
Niclas Malmberg|riksdagsledamot|Riksdagsledamoten|
Niclas Malmberg|ledamot|ledamot|Radio och tv i allmänhetens tjänst
Olle Wästberg|riksdagsledamot|F.d. riksdagsledamoten|
Olle Wästberg|ledamot|ledamot|Radio och tv i allmänhetens tjänst
"""),

dict(source=P + "2018/02/stockholm-china-forum-i-hongkong.md", doc_date="2018-02",
ents="""
Hongkong|LOC
kinesiska kommunistpartiets|ORG|Kinas kommunistiska parti
USA|LOC
Europa|LOC
Kina|LOC
Kinas|LOC|Kina
Minxin Pei|PER
Douglas Paal|PER
Carnegiestiftelsen|ORG
Elisabeth Economy|PER
The Council on Foreign Relations|ORG
Sverige|LOC
Utrikespolitiska Institutets|ORG|Utrikespolitiska institutet
Mats Karlsson|PER
Klas Eklund|PER
Shi Yinhong|PER
Renminuniversitet|ORG
New York Times|ORG
Jane Perlez|PER
The Economists|ORG|The Economist
David Rennie|PER
""",
roles="""
Minxin Pei|professor|professor|
Shi Yinhong|professor|professor|Renminuniversitet
"""),
dict(source=P + "2019/05/statsbesok-fran-sydkorea.md", doc_date="2019-05",
ents="""
Sydkorea|LOC
Moon Jae-ins|PER|Moon Jae-in
Sverige|LOC
Sydkorea|LOC
Sydkorea|LOC
Asiens|LOC|Asien
Sverige|LOC
koreanska halvön|LOC|Koreanska halvön
UD|ORG|Utrikesdepartementet
""",
dates="""
2019|2019|year
60 år|P60Y|duration
måndag 10 juni 2019|2019-06-10|day
""",
roles="""
Moon Jae-in|president|president|
"""),

dict(source=P + "2021/04/ambassador-mot-manniskohandel.md", doc_date="2021-04",
ents="""
Sverige|LOC
Sverige|LOC
Regeringskansliets|ORG|Regeringskansliet
Sveriges|LOC|Sverige
Sverige|LOC
Utrikesdepartementets|ORG|Utrikesdepartementet
Anna Ekstedt|PER
Anna Ekstedt|PER
Arbetsmarknadsdepartementets|ORG|Arbetsmarknadsdepartementet
IOM|ORG|International Organization for Migration
International Organization for Migration|ORG
Turkiet|LOC
CBSS|ORG|Council of the Baltic Sea States
Council of the Baltic Sea States|ORG
EU-kommissionen|ORG|Europeiska kommissionen
Bryssel|LOC
Jämställdhetsmyndigheten|ORG
Migrationsverket|ORG
Länsstyrelsen i Stockholm|ORG|Länsstyrelsen i Stockholms län
Justitiedepartementet|ORG
UD:s|ORG|Utrikesdepartementet
""",
dates="""
19 april|2021-04-19|day
idag|2021-04|day
""",
roles="""
Anna Ekstedt|ambassadör|ambassadör mot människohandel|Utrikesdepartementet|implicit
"""),

dict(source=P + "2022/05/nya-loner-for-myndighetschefer.md", doc_date="2022-05",
ents="""
regeringens|ORG|Regeringen
regeringen|ORG|Regeringen
""",
dates="""
1 oktober 2021|2021-10-01|day
"""),

dict(source=P + "2023/01/finansministerns-forsta-mote-med-ekonomiska-radet.md", doc_date="2023-01",
ents="""
Elisabeth Svantesson|PER
Elisabeth Svantesson|PER
Bo Becker|PER
Handelshögskolan i Stockholm|ORG
Lars Calmfors|PER
Stockholms universitet|ORG
Lena Edlund|PER
Columbia University|ORG
New York|LOC
Olof Johansson-Stenman|PER
Göteborgs universitet|ORG
John Hassler|PER
Stockholms universitet|ORG
Helena Svaleryd|PER
Uppsala universitet|ORG
Daniel Waldenström|PER
Institutet för Näringslivsforskning|ORG|Institutet för näringslivsforskning
""",
dates="""
årets|2023|year
våren 2020|2020-SP|season
""",
roles="""
Elisabeth Svantesson|finansminister|finansminister|
Elisabeth Svantesson|ordförande|ordförande|
Bo Becker|professor|Professor|Handelshögskolan i Stockholm
Lars Calmfors|professor|Professor|Stockholms universitet
Lena Edlund|docent|Docent|Columbia University
Olof Johansson-Stenman|professor|Professor|Göteborgs universitet
John Hassler|professor|Professor|Stockholms universitet
Helena Svaleryd|professor|Professor|Uppsala universitet
Daniel Waldenström|professor|Professor|Institutet för näringslivsforskning
"""),

dict(source=P + "2024/01/20-miljoner-kronor-till-digital-teknik-i-aldreomsorgen.md", doc_date="2024-01",
ents="""
regeringen|ORG|Regeringen
Anna Tenje|PER
Anna Tenje|PER
""",
roles="""
Anna Tenje|äldre- och socialförsäkringsminister|äldre- och socialförsäkringsminister|
"""),

dict(source=P + "2025/01/andreas-carlson-tog-emot-uppdrag-om-finansiering-av-jarnvagsstrackan-lulea-boden.md", doc_date="2025-01",
ents="""
Andreas Carlson|PER
Luleå|LOC
Boden|LOC
Sverige|LOC
Trafikverket|ORG
Luleå|LOC
Boden|LOC
Regeringskansliet|ORG
Andreas Carlson|PER
Trafikverket|ORG
Luleå|LOC
Boden|LOC
Trafikverket|ORG
Trafikverkets|ORG|Trafikverket
Regeringskansliet|ORG
riksdagen|ORG|Riksdagen
regeringens|ORG|Regeringen
""",
dates="""
31 maj 2024|2024-05-31|day
december 2024|2024-12|month
2026–2037|2026/2037|range
""",
roles="""
Andreas Carlson|infrastruktur- och bostadsminister|infrastruktur- och bostadsminister|
"""),

dict(source=P + "2026/01/50-miljoner-till-forberedelser-infor-socialdataregister.md", doc_date="2026-01",
ents="""
Regeringen|ORG|Regeringen
Socialstyrelsen|ORG
Socialstyrelsens|ORG|Socialstyrelsen
Camilla Waltersson Grönvall|PER
Socialstyrelsen|ORG
regeringen|ORG|Regeringen
""",
dates="""
2026|2026|year
1 juli 2026|2026-07-01|day
30 september 2027|2027-09-30|day
2026|2026|year
""",
roles="""
Camilla Waltersson Grönvall|socialtjänstminister|socialtjänstminister|
"""),

dict(source=P + "2023/01/central-rattning-av-nationella-prov-ska-gora-betygssattningen-mer-likvardig.md", doc_date="2023-01",
ents="""
regeringen|ORG|Regeringen
Lotta Edholm|PER
Skolverket|ORG
Skolverket|ORG
Skolverket|ORG
Skolverket|ORG
Utbildningsdepartementet|ORG
Skolverket|ORG
Skolverket|ORG
""",
dates="""
i dag|2023-01|day
15 mars 2024|2024-03-15|day
våren 2027|2027-SP|season
våren 2029|2029-SP|season
15 september 2023|2023-09-15|day
""",
roles="""
Lotta Edholm|skolminister|skolminister|
"""),

dict(source=P + "2024/01/historisk-satsning-pa-kartlaggning-och-framjande-av-mineralutvinning.md", doc_date="2024-01",
ents="""
Regeringen|ORG|Regeringen
SGU|ORG|Sveriges geologiska undersökning
Sverige|LOC
Regeringen|ORG|Regeringen
SGU:s|ORG|Sveriges geologiska undersökning
regeringen|ORG|Regeringen
Sverige|LOC
regeringen|ORG|Regeringen
Ebba Busch|PER
SGU|ORG|Sveriges geologiska undersökning
EU:s|ORG|Europeiska unionen
EU|ORG|Europeiska unionen
Sverige|LOC
Europas|LOC|Europa
Sverige|LOC
Sverige|LOC
Regeringen|ORG|Regeringen
riksdagen|ORG|Riksdagen
""",
dates="""
2024|2024|year
2025–2026|2025/2026|range
""",
roles="""
Ebba Busch|energi- och näringsminister|energi- och näringsminister|
"""),

dict(source=P + "2025/01/ebba-busch-tar-det-forsta-spadtaget-nar-blykalla-bygger-en-elektrisk-testreaktor-vid-okg-i-oskarshamn.md", doc_date="2025-01",
ents="""
Ebba Busch|PER
Blykalla|ORG
OKG|ORG
Oskarshamn|LOC
Sverige|LOC
Blykallas|ORG|Blykalla
Ebba Busch|PER
Energimyndigheten|ORG
Sverige|LOC
regeringen|ORG|Regeringen
regeringen|ORG|Regeringen
Dan Jormvik|PER
""",
dates="""
2025–2028|2025/2028|range
""",
roles="""
Ebba Busch|energi- och näringsminister|energi- och näringsminister|
Dan Jormvik|pressekreterare|pressekreterare|
"""),

dict(source=P + "2022/11/projekt-med-laddinfrastruktur-for-el-och-vatgas-far-soka-eu-medel.md", doc_date="2022-11",
ents="""
Sverige|LOC
Andreas Carlson|PER
Europeiska kommissionen|ORG
Trafikverket|ORG
Sverige|LOC
regeringen|ORG|Regeringen
EU:s|ORG|Europeiska unionen
Sverige|LOC
Finland|LOC
Sverige|LOC
Kiruna|LOC
Umeå|LOC
""",
roles="""
Andreas Carlson|infrastruktur- och bostadsminister|infrastruktur- och bostadsminister|
"""),

dict(source=P + "2023/03/nytt-uppdrag-till-tillvaxtverket-ska-starka-forutsattningarna-for-kvinnors-foretagande.md", doc_date="2023-03",
ents="""
Tillväxtverket|ORG
Sveriges|LOC|Sverige
Ebba Busch|PER
Paulina Brandberg|PER
Regeringen|ORG|Regeringen
Sverige|LOC
regeringen|ORG|Regeringen
Tillväxtverket|ORG
Tillväxtverket|ORG
Klimat- och näringslivsdepartementet|ORG
""",
dates="""
15 november 2023|2023-11-15|day
""",
roles="""
Ebba Busch|energi- och näringsminister|energi- och näringsminister|
Paulina Brandberg|jämställdhets- och biträdande arbetsmarknadsminister|jämställdhets- och biträdande arbetsmarknadsminister|
"""),

dict(source=P + "2024/01/lars-loow-ny-generaldirektor-for-arbetsmiljoverket.md", doc_date="2024-01",
ents="""
Lars Lööw|PER
Arbetsmiljöverket|ORG
Regeringen|ORG|Regeringen
Arbetsmiljöverket|ORG
Paulina Brandberg|PER
Lars Lööw|PER
Arbetsförmedlingen|ORG
Svenska ESF-rådet|ORG
Lars Lööw|PER
Arbetsmiljöverket|ORG
Lars|PER|Lars Lööw
Arbetsmiljöverket|ORG
Paulina Brandberg|PER
Arbetsmiljöverket|ORG
regeringens|ORG|Regeringen
riksdagens|ORG|Riksdagen
""",
roles="""
Lars Lööw|generaldirektör|generaldirektör|Arbetsmiljöverket
Paulina Brandberg|jämställdhets- och biträdande arbetsmarknadsminister|jämställdhets- och biträdande arbetsmarknadsminister|
Lars Lööw|generaldirektör|vikarierande generaldirektör|Arbetsförmedlingen
Lars Lööw|generaldirektör|generaldirektör|Svenska ESF-rådet
"""),

dict(source=P + "2025/01/flera-myndigheter-ska-starka-sitt-arbete-mot-felaktiga-utbetalningar.md", doc_date="2025-01",
ents="""
Arbetsförmedlingen|ORG
Arbetsförmedlingen|ORG
Arbetsförmedlingen|ORG
Riksrevisionens|ORG|Riksrevisionen
Arbetsförmedlingen|ORG
Ekonomistyrningsverkets|ORG|Ekonomistyrningsverket
Svenska ESF-rådet|ORG
Inspektionen för arbetslöshetsförsäkringen|ORG
Mats Persson|PER
""",
roles="""
Mats Persson|arbetsmarknads- och integrationsminister|arbetsmarknads- och integrationsminister|
"""),
]
