#!/usr/bin/env python3
"""Writes the bundled example release (a fictitious press release, written for Bitext) in English,
French and Spanish, each as plain text, an HTML page and a Word document:

    examples/release.{en,fr,es}.{txt,html,docx}

Run it again after editing the texts below; the output is deterministic (fixed zip dates)."""
import html
import os
import zipfile

NBSP = "\u00a0"
HERE = os.path.dirname(os.path.abspath(__file__))

RELEASES = {
    "en": dict(
        site="Police Cooperation Agency", news="All news", share="Share", print="Print", top="Back to top",
        languages=["Français", "Español"], menu=["Who we are", "Crimes", "News and events", "Contact us"],
        date="14 May 2025 - Media release",
        title="Cross-border operation frees 312 victims of human trafficking",
        subtitle="Police from nine countries worked together in Operation Northern Light",
        caption="Photo: officers check travel documents at a border crossing in the north of the region.",
        paragraphs=[
            "LYON, France – A two-week operation coordinated by the Police Cooperation Agency (PCA) has freed 312 victims of human trafficking, including 47 minors, and led to 96 arrests in nine countries.",
            "Officers carried out 1,250 checks at airports, bus stations and border crossings between 28 April and 11 May. They also inspected 64 farms, factories and nightclubs.",
        ],
        quote="“Behind every number there is a person who was sold, moved and exploited. Today many of them are free,” said Dr. Maria L. Santos, Director of Operations at the PCA. “This result belongs to the officers on the ground, who worked day and night.”",
        after_quote=[
            "The victims came from 14 countries. Most of them were women and girls forced into sexual exploitation; others were made to work without pay in agriculture and construction.",
            "During the operation, officers:",
        ],
        bullets=[
            "identified 312 victims, 47 of them under 18;",
            "seized EUR 1.5 million in cash and 27 vehicles;",
            "opened 58 new investigations.",
        ],
        closing=[
            "The operation was supported by the U.N. Office on Drugs and Crime and funded by the European Union. A press conference will be held at 10.30 a.m. on 15 May at the PCA headquarters, 200 Quai Charles de Gaulle, Lyon.",
        ],
        contact=("Media contact:", "press@pca.example.org"),
    ),
    "fr": dict(
        site="Agence de coopération policière", news="Toutes les actualités", share="Partager", print="Imprimer",
        top="Retour en haut", languages=["English", "Español"],
        menu=["Qui sommes-nous", "Criminalité", "Actualités et événements", "Contactez-nous"],
        date="14 mai 2025 - Communiqué de presse",
        title="Une opération transfrontalière libère 312 victimes de la traite des êtres humains",
        subtitle="Les polices de neuf pays ont coopéré dans le cadre de l’opération Northern Light",
        caption=f"Photo{NBSP}: des policiers contrôlent des documents de voyage à un point de passage frontalier dans le nord de la région.",
        paragraphs=[
            "LYON (France) – Une opération de deux semaines coordonnée par l’Agence de coopération policière (ACP) a permis de libérer 312 victimes de la traite des êtres humains, dont 47 mineurs, et d’arrêter 96 personnes dans neuf pays.",
            f"Les policiers ont effectué 1{NBSP}250 contrôles dans des aéroports, des gares routières et à des points de passage frontaliers entre le 28 avril et le 11 mai. Ils ont également inspecté 64 exploitations agricoles, usines et boîtes de nuit.",
        ],
        quote=f"«{NBSP}Derrière chaque chiffre, il y a une personne qui a été vendue, déplacée et exploitée. Aujourd’hui, beaucoup d’entre elles sont libres. Ce résultat appartient aux policiers sur le terrain, qui ont travaillé jour et nuit{NBSP}», a déclaré Mme Maria L. Santos, directrice des opérations de l’ACP.",
        after_quote=[
            f"Les victimes venaient de 14 pays. La plupart étaient des femmes et des jeunes filles contraintes à l’exploitation sexuelle{NBSP}; d’autres étaient obligées de travailler sans salaire dans l’agriculture et le bâtiment.",
            f"Au cours de l’opération, les policiers ont{NBSP}:",
        ],
        bullets=[
            f"identifié 312 victimes, dont 47 âgées de moins de 18 ans{NBSP};",
            f"saisi 1,5 million d’euros en espèces et 27 véhicules{NBSP};",
            "ouvert 58 nouvelles enquêtes.",
        ],
        closing=[
            "L’opération a bénéficié du soutien de l’Office des Nations Unies contre la drogue et le crime (ONUDC) et d’un financement de l’Union européenne. Une conférence de presse se tiendra le 15 mai à 10 h 30 au siège de l’ACP, 200, quai Charles-de-Gaulle, à Lyon.",
        ],
        contact=(f"Contact presse{NBSP}:", "press@pca.example.org"),
    ),
    "es": dict(
        site="Agencia de Cooperación Policial", news="Todas las noticias", share="Compartir", print="Imprimir",
        top="Volver arriba", languages=["English", "Français"],
        menu=["Quiénes somos", "Delitos", "Noticias y eventos", "Contacto"],
        date="14 de mayo de 2025 - Comunicado de prensa",
        title="Una operación transfronteriza libera a 312 víctimas de la trata de personas",
        subtitle="Policías de nueve países colaboraron en la Operación Northern Light",
        caption="Foto: agentes revisan documentos de viaje en un paso fronterizo del norte de la región.",
        paragraphs=[
            "LYON (Francia) – Una operación de dos semanas coordinada por la Agencia de Cooperación Policial (ACP) ha permitido liberar a 312 víctimas de la trata de personas, entre ellas 47 menores, y detener a 96 personas en nueve países.",
            "Los agentes realizaron 1.250 controles en aeropuertos, estaciones de autobuses y pasos fronterizos entre el 28 de abril y el 11 de mayo. También inspeccionaron 64 granjas, fábricas y clubes nocturnos.",
        ],
        quote="«Detrás de cada cifra hay una persona que fue vendida, trasladada y explotada. Hoy muchas de ellas son libres», declaró la Dra. Maria L. Santos, directora de Operaciones de la ACP. «Este resultado pertenece a los agentes sobre el terreno, que trabajaron día y noche».",
        after_quote=[
            "Las víctimas procedían de 14 países. La mayoría eran mujeres y niñas sometidas a explotación sexual; otras fueron obligadas a trabajar sin sueldo en la agricultura y la construcción.",
            "Durante la operación, los agentes:",
        ],
        bullets=[
            "identificaron a 312 víctimas, 47 de ellas menores de 18 años;",
            "incautaron 1,5 millones de euros en efectivo y 27 vehículos;",
            "abrieron 58 nuevas investigaciones.",
        ],
        closing=[
            "La operación contó con el apoyo de la Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC) y con financiación de la Unión Europea. Se celebrará una rueda de prensa el 15 de mayo a las 10.30 h en la sede de la ACP, 200 Quai Charles de Gaulle, Lyon.",
        ],
        contact=("Contacto de prensa:", "press@pca.example.org"),
    ),
}


def write_text(lang, r):
    lines = [r["title"], "", r["subtitle"], "", r["date"], "", r["caption"], ""]
    for p in r["paragraphs"]:
        lines += [p, ""]
    lines += [r["quote"], ""]
    for p in r["after_quote"][:-1]:
        lines += [p, ""]
    lines.append(r["after_quote"][-1])
    lines += ["- " + b for b in r["bullets"]] + [""]
    for p in r["closing"]:
        lines += [p, ""]
    lines += [r["contact"][0], r["contact"][1], ""]
    with open(os.path.join(HERE, f"release.{lang}.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


def write_html(lang, r):
    e = html.escape
    def p(text):
        return f"        <p>{e(text, quote=False)}</p>"
    menu = "\n".join(f'          <li><a href="/{lang}/{i}">{e(m)}</a></li>' for i, m in enumerate(r["menu"]))
    langs = "\n".join(f'        <li><a href="../release.{l}.html">{e(n)}</a></li>' for l, n in zip(
        [x for x in ("en", "fr", "es") if x != lang], r["languages"]))
    body = [p(x) for x in r["paragraphs"]]
    body.append(f"        <blockquote><p>{e(r['quote'], quote=False)}</p></blockquote>")
    body += [p(x) for x in r["after_quote"]]
    body.append("        <ul>\n" + "\n".join(f"          <li>{e(b, quote=False)}</li>" for b in r["bullets"]) + "\n        </ul>")
    body += [p(x) for x in r["closing"]]
    body.append(f"        <p>{e(r['contact'][0], quote=False)}<br>\n        <a href=\"mailto:{r['contact'][1]}\">{r['contact'][1]}</a></p>")
    page = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(r['title'])} | {e(r['site'])}</title>
  <script>window.analytics = {{ page: "release-2025-05-14" }};</script>
  <style>.share-bar a {{ margin: 0 .4em; }}</style>
</head>
<body>
  <header>
    <a class="logo" href="/{lang}/">{e(r['site'])}</a>
    <nav class="main-menu">
      <ul>
{menu}
      </ul>
    </nav>
    <ul class="language-switcher">
{langs}
    </ul>
  </header>
  <main>
    <article>
      <p class="news-type"><a href="/{lang}/news">{e(r['news'])}</a></p>
      <h1>{e(r['title'])}</h1>
      <h2>{e(r['subtitle'])}</h2>
      <p class="date">{e(r['date'])}</p>
      <div class="share-bar">{e(r['share'])} <a href="#">Facebook</a> | <a href="#">LinkedIn</a> | <a href="#">{e(r['print'])}</a></div>
      <figure>
        <img src="operation-northern-light.jpg" alt="">
        <figcaption>{e(r['caption'], quote=False)}</figcaption>
      </figure>
      <div class="article-body">
{chr(10).join(body)}
      </div>
    </article>
  </main>
  <footer>
    <p>&copy; 2025 {e(r['site'])}</p>
    <a href="#top">{e(r['top'])}</a>
  </footer>
</body>
</html>
"""
    with open(os.path.join(HERE, f"release.{lang}.html"), "w", encoding="utf-8", newline="\n") as f:
        f.write(page)


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def run(text):
    return f'<w:r><w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t></w:r>'


def para(text, style=None, numbered=False):
    ppr = ""
    if style or numbered:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "")
        ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if numbered else ""
        ppr += "</w:pPr>"
    return f"<w:p>{ppr}{run(text)}</w:p>"


def write_docx(lang, r):
    body = [para(r["title"], "Title"), para(r["subtitle"], "Subtitle"), para(r["date"]), para(r["caption"], "Caption")]
    # The dateline is set in bold as its own run, as press officers do.
    first = r["paragraphs"][0]
    head, _, rest = first.partition(" – ")
    body.append(f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{html.escape(head)}</w:t></w:r>{run(" – " + rest)}</w:p>')
    body += [para(x) for x in r["paragraphs"][1:]]
    body.append(para(r["quote"], "Quote"))
    body += [para(x) for x in r["after_quote"]]
    body += [para(b, "ListParagraph", numbered=True) for b in r["bullets"]]
    body += [para(x) for x in r["closing"]]
    body.append(f'<w:p>{run(r["contact"][0])}<w:r><w:br/></w:r>{run(r["contact"][1])}</w:p>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
                + "".join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    styles_list = [("Normal", "Normal", None), ("Title", "Title", "Normal"), ("Subtitle", "Subtitle", "Normal"),
                   ("Heading1", "heading 1", "Normal"), ("Caption", "caption", "Normal"), ("Quote", "Quote", "Normal"),
                   ("ListParagraph", "List Paragraph", "Normal")]
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}>' + "".join(
        f'<w:style w:type="paragraph" w:styleId="{i}"><w:name w:val="{n}"/>' + (f'<w:basedOn w:val="{b}"/>' if b else "")
        + "</w:style>" for i, n, b in styles_list) + "</w:styles>")
    numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}>'
                 '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                     '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                     '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
                     '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
                '</Relationships>')
    path = os.path.join(HERE, f"release.{lang}.docx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in [("[Content_Types].xml", content_types), ("_rels/.rels", rels),
                           ("word/document.xml", document), ("word/_rels/document.xml.rels", doc_rels),
                           ("word/styles.xml", styles), ("word/numbering.xml", numbering)]:
            info = zipfile.ZipInfo(name, date_time=(2025, 5, 14, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


for lang, release in RELEASES.items():
    write_text(lang, release)
    write_html(lang, release)
    write_docx(lang, release)
print("wrote", ", ".join(f"release.{l}.{x}" for l in RELEASES for x in ("txt", "html", "docx")))
