"""Gold annotations for the five seed documents in corpus/ (notation: see build_gold.py)."""

DOCS = [
dict(source="corpus/000_5c636dcecd822fdf.txt", doc_date=None,
ents="""
Tillväxtverket|ORG
Kompetensförsörjningsdagarna|ORG
Tillväxtverket|ORG
Arbetsförmedlingen|ORG
Svenska ESF-rådet|ORG
SKL|ORG|Sveriges Kommuner och Landsting
Mikael Sjöberg|PER
Arbetsförmedlingen|ORG
Gunilla Nordlöf|PER
Tillväxtverket|ORG
Lars Lööw|PER
Svenska ESF-rådet|ORG
Vesna Jovic|PER
SKL|ORG|Sveriges Kommuner och Landsting
Mikael Sjöberg|PER
Arbetsförmedlingen|ORG
Gunilla Nordlöf|PER
Tillväxtverket|ORG
Lars Lööw|PER
Svenska ESF-rådet|ORG
Vesna Jovic|PER
SKL|ORG|Sveriges Kommuner och Landsting
valideringsdelegationen|ORG|Valideringsdelegationen
Gunilla Nordlöf|PER
Arbetsförmedlingens|ORG|Arbetsförmedlingen
Mikael Sjöberg|PER
Svenska ESF-rådets|ORG|Svenska ESF-rådet
Lars Lööw|PER
SKL:s|ORG|Sveriges Kommuner och Landsting
Vesna Jovic|PER
Vesna Jovic|PER
Mikael Sjöberg|PER
Gunilla Nordlöf|PER
Lars Lööf|PER|Lars Lööw
Tillväxtverkets|ORG|Tillväxtverket
Tillväxtverket|ORG
SKL|ORG|Sveriges Kommuner och Landsting
Sveriges|LOC|Sverige
SKL|ORG|Sveriges Kommuner och Landsting
Tillväxtverket|ORG
Camilla Karlsson|PER
Tillväxtverkets|ORG|Tillväxtverket
Camilla Karlsson|PER
""",
dates="""
25-26 oktober|XXXX-10-25/XXXX-10-26|range
""",
roles="""
Mikael Sjöberg|generaldirektör|GD|Arbetsförmedlingen
Gunilla Nordlöf|generaldirektör|GD|Tillväxtverket
Lars Lööw|generaldirektör|GD|Svenska ESF-rådet
Vesna Jovic|verkställande direktör|VD|Sveriges Kommuner och Landsting
"""),

dict(source="corpus/001_0f7b872b2b1ede83.txt", doc_date=None,
ents="""
regeringens|ORG|Regeringen
Västra Götalandsregionen|ORG
Region Östergötland|ORG
Linköping|LOC
Västra Götalandsregionen|ORG
Västra Götaland|LOC
Östergötland|LOC
Västra Götalandsregionen|ORG
Region Östergötland|ORG
regeringen|ORG|Regeringen
Anders Carlberg|PER
Västra Götalandsregionen|ORG
näringsdepartementet|ORG|Näringsdepartementet
socialdepartementet|ORG|Socialdepartementet
Tillväxtverket|ORG
regeringskansliet|ORG|Regeringskansliet
regeringen|ORG|Regeringen
näringsdepartementets|ORG|Näringsdepartementet
Elisabeth Backteman|PER
Utbildningsdepartementet|ORG
Erik Nilsson|PER
Karin Röding|PER
socialdepartementet|ORG|Socialdepartementet
Agneta Karlsson|PER
arbetsmarknadsdepartementet|ORG|Arbetsmarknadsdepartementet
Tillväxtverket|ORG
Västra Götalandsregionen|ORG
Ulf Eriksson|PER
regionutvecklingsnämnden|ORG|Regionutvecklingsnämnden
RUN|ORG|Regionutvecklingsnämnden
Anders Carlberg|PER
Marja-Leena Lampinen|PER
Björn Hellsten|PER
Validering Väst|ORG
Anders Carlberg|PER
""",
dates="""
19 juni|XXXX-06-19|day
idag|PRESENT_REF|day
2010|2010|year
""",
roles="""
Anders Carlberg|fouu-chef|FoUU-chef|Västra Götalandsregionen
Elisabeth Backteman|statssekreterare|statssekreterare|Näringsdepartementet|implicit
Erik Nilsson|statssekreterare|statssekreterare|Utbildningsdepartementet|implicit
Karin Röding|statssekreterare|statssekreterare|Utbildningsdepartementet|implicit
Agneta Karlsson|statssekreterare|statssekreterare|Socialdepartementet|implicit
Ulf Eriksson|vice ordförande|vice ordförande|Regionutvecklingsnämnden
Marja-Leena Lampinen|regionutvecklare|regionutvecklare|Västra Götalandsregionen
Björn Hellsten|verkställande direktör|VD|Validering Väst
"""),

dict(source="corpus/002_c46893c0d0dda506.txt", doc_date=None,
ents="""
Tillväxtverket|ORG
Ramboll|ORG
Tillväxtverket|ORG
Ramboll|ORG
Tillväxtverkets|ORG|Tillväxtverket
Anita Sandell|PER
""",
dates="""
2018-2020|2018/2020|range
2021-2030|2021/2030|range
2021-2030|2021/2030|range
"""),

dict(source="corpus/003_395686605664037e.txt", doc_date=None,
ents="""
Region Skåne|ORG
Skåne|LOC
Region Skåne|ORG
Skåne|LOC
Region Skånes|ORG|Region Skåne
Skåne|LOC
Region Skåne|ORG
Skånes Kommuner|ORG
Länsstyrelsen Skåne|ORG|Länsstyrelsen i Skåne län
Arbetsförmedlingen|ORG
""",
dates="""
2022|2022|year
2022|2022|year
2022|2022|year
2023|2023|year
första halvan av 2024|2024-H1|half
"""),

dict(source="corpus/004_f0156bb6fe728b0d.txt", doc_date="2019-05-15",
ents="""
Haninge|LOC
Julia Reuter Holmström|PER
Meeri Wasberg|PER
Vinnova|ORG
Region Stockholm|ORG
Arbetsförmedlingen|ORG
Haninge|LOC
Haninge kommun|ORG
Storsthlm|ORG
Anette Berggren|PER
Anette Berggren|PER
Haninge kommun|ORG
Catrin Ditz|PER
Storsthlm|ORG
Björn-Olov Söderholm|PER
Centrum Vux|ORG
Haninge kommun|ORG
Haninge|LOC
Stockholms universitet|ORG
Anna Palmgren|PER
Arbetsförmedlingen|ORG
Meeri Wasberg|PER
Region Stockholm|ORG
Vinnova|ORG
Arbetsförmedlingen|ORG
Kyl & Frysexpressen|ORG
David Norman|PER
Storsthlm|ORG
David Norman|PER
Haninge arbetsmarknadsråd|ORG
Storsthlm|ORG
Catrin Ditz|PER
Storsthlm|ORG
""",
dates="""
2019-05-15|2019-05-15|day
de kommande fem åren|P5Y|duration
""",
roles="""
Meeri Wasberg|kommunstyrelsens ordförande|kommunstyrelsens ordförande|
Anette Berggren|enhetschef|enhetschef för arbetsmarknad|Haninge kommun
Björn-Olov Söderholm|rektor|tillförordnad rektor|Centrum Vux
Anna Palmgren|sektionschef|sektionschef Digitalt engagemang|Arbetsförmedlingen
David Norman|processledare|processledare i utbildning och arbetsmarknad|Storsthlm
Catrin Ditz|processledare|processledare inom digitalisering|Storsthlm
"""),
]
