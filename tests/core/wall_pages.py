"""Pages as Cuttings gets them when it fetches anonymously: walls, and articles that are not.

Each page is put together the way publishers' templates are (head with
JSON-LD and vendor scripts, header, article, footer), with the vendors'
real class names and script hosts, in the languages Cuttings' users read.
``WALLS`` must be marked partial, ``ARTICLES`` never.
"""

import json

PARAGRAPHS = {
    "en": (
        "The city council approved the new budget on Tuesday evening after a debate that "
        "lasted more than six hours, with the opposition voting against the plan to raise "
        "the tax on second homes and to cut the money given to the public libraries.",
        "The mayor said the decision was painful but necessary, because the city had to "
        "repay the loans taken during the pandemic and the interest rates had doubled in "
        "two years, leaving little room for the projects promised during the campaign.",
        "Residents who followed the session from the public gallery applauded when a "
        "councillor read letters from families who had lost their homes in the floods, and "
        "asked that the reconstruction fund be protected from any future cuts.",
        "Economists at the regional university warned that the tax increase could push "
        "young workers out of the centre, where rents have already risen faster than wages, "
        "and suggested a gradual introduction over three years instead.",
    ),
    "it": (
        "Il consiglio comunale ha approvato martedì sera il nuovo bilancio dopo una "
        "discussione durata più di sei ore, con l'opposizione che ha votato contro "
        "l'aumento della tassa sulle seconde case e il taglio dei fondi alle biblioteche.",
        "Il sindaco ha detto che la decisione è stata dolorosa ma necessaria, perché la città "
        "deve restituire i prestiti presi durante la pandemia e i tassi di interesse sono "
        "raddoppiati in due anni, lasciando poco spazio ai progetti promessi.",
        "I residenti che hanno seguito la seduta dalla galleria hanno applaudito quando un "
        "consigliere ha letto le lettere delle famiglie che hanno perso la casa "
        "nell'alluvione, chiedendo che il fondo per la ricostruzione sia protetto.",
        "Gli economisti dell'università regionale avvertono che l'aumento potrebbe spingere "
        "i giovani lavoratori fuori dal centro, dove gli affitti sono già cresciuti più dei "
        "salari, e propongono un'introduzione graduale in tre anni.",
    ),
    "fr": (
        "Le conseil municipal a adopté mardi soir le nouveau budget après un débat de plus "
        "de six heures, l'opposition votant contre la hausse de la taxe sur les résidences "
        "secondaires et la baisse des crédits accordés aux bibliothèques publiques.",
        "Le maire a expliqué que la décision était douloureuse mais nécessaire, car la ville "
        "doit rembourser les emprunts contractés pendant la pandémie et les taux d'intérêt "
        "ont doublé en deux ans, ce qui laisse peu de marge pour les projets promis.",
        "Les habitants présents dans la tribune ont applaudi lorsqu'un conseiller a lu les "
        "lettres de familles qui ont perdu leur maison dans les inondations, et ont demandé "
        "que le fonds de reconstruction soit protégé de toute coupe future.",
    ),
    "de": (
        "Der Stadtrat hat am Dienstagabend nach einer mehr als sechsstündigen Debatte den "
        "neuen Haushalt beschlossen, wobei die Opposition gegen die Erhöhung der "
        "Zweitwohnungsteuer und die Kürzung der Mittel für die Bibliotheken stimmte.",
        "Der Bürgermeister sagte, die Entscheidung sei schmerzhaft, aber notwendig, weil die "
        "Stadt die während der Pandemie aufgenommenen Kredite zurückzahlen müsse und sich "
        "die Zinsen in zwei Jahren verdoppelt hätten.",
        "Anwohner, die die Sitzung von der Besuchertribüne verfolgten, applaudierten, als "
        "ein Stadtrat Briefe von Familien vorlas, die ihre Häuser beim Hochwasser verloren "
        "hatten, und forderten, den Wiederaufbaufonds vor Kürzungen zu schützen.",
    ),
    "es": (
        "El pleno del ayuntamiento aprobó el martes por la noche el nuevo presupuesto tras un "
        "debate de más de seis horas, con la oposición votando en contra de la subida del "
        "impuesto sobre las segundas residencias y del recorte a las bibliotecas.",
        "El alcalde dijo que la decisión era dolorosa pero necesaria, porque la ciudad debe "
        "devolver los préstamos pedidos durante la pandemia y los tipos de interés se han "
        "duplicado en dos años, lo que deja poco margen para los proyectos prometidos.",
        "Los vecinos que siguieron la sesión desde la tribuna aplaudieron cuando un concejal "
        "leyó las cartas de familias que perdieron su casa en las inundaciones y pidieron "
        "que el fondo de reconstrucción quede protegido de futuros recortes.",
    ),
}

CONSENT_NOTICES = {
    "en": "We value your privacy. We and our 842 partners store and access information on "
    "your device, such as cookies, and process personal data, such as unique identifiers, "
    "for personalised advertising and content, advertising and content measurement and "
    "audience research. With your consent, our partners may use precise geolocation data. "
    "You may click to consent to our and our partners' processing as described above, or "
    "manage your preferences and withdraw your consent at any time in the privacy settings.",
    "fr": "Vos choix concernant les cookies. Avec votre accord, nous et nos 812 partenaires "
    "utilisons des cookies ou technologies similaires pour stocker et accéder à des "
    "informations personnelles comme votre visite sur ce site. Vous pouvez retirer votre "
    "consentement à tout moment. Nos partenaires et nous utilisons les traceurs pour la "
    "publicité et le contenu personnalisés, la mesure de la publicité et du contenu, les "
    "données d'audience et le développement de produit. Votre consentement est nécessaire.",
    "de": "Zeit Online mit Werbung lesen oder PUR-Abo. Wir und unsere 210 Partner nutzen "
    "Cookies und ähnliche Technologien, um Informationen auf Ihrem Gerät zu speichern. "
    "Mit Ihrer Zustimmung verarbeiten wir personenbezogene Daten für personalisierte "
    "Werbung und Inhalte, Messung von Werbung und Inhalten und Erkenntnisse über "
    "Zielgruppen. Ihre Einwilligung können Sie jederzeit in den Datenschutz-Einstellungen "
    "widerrufen. Zustimmen und weiter, oder Datenschutz-Einstellungen anpassen.",
    "it": "Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di "
    "profilazione, di terze parti, per finalità di pubblicità personalizzata e misurazione. "
    "Noi e i nostri 300 partner trattiamo dati personali come i cookie per finalità di "
    "pubblicità e contenuti. Puoi prestare il consenso cliccando Accetta e continua, o "
    "gestire le preferenze sul trattamento. Chiudendo il banner rifiuti il consenso ai "
    "cookie di profilazione e continui senza pubblicità personalizzata.",
    "es": "Tu privacidad es importante para nosotros. Nosotros y nuestros 700 socios "
    "utilizamos cookies y tecnologías similares para almacenar información en tu "
    "dispositivo y tratar datos personales con fines de publicidad personalizada, medición "
    "de publicidad y contenido. Con tu consentimiento podemos usar datos de geolocalización. "
    "Puedes aceptar todo, rechazar o configurar tu consentimiento y privacidad.",
}

VENDOR_MARKUP = {
    "onetrust": '<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" '
    'data-domain-script="0f2c"></script>',
    "onetrust_banner": '<div id="onetrust-banner-sdk" class="otFlat"><div id="onetrust-policy">'
    "<p>We use cookies to improve your experience.</p>"
    '<button id="onetrust-accept-btn-handler">Accept all</button></div></div>',
    "didomi": '<script>window.didomiConfig = {};</script><div id="didomi-host"></div>',
    "sourcepoint": "<script>window._sp_ = {config: {accountId: 1}};</script>"
    '<script src="https://cdn.privacy-mgmt.com/wrapperMessagingWithoutDetection.js"></script>',
    "iubenda": '<script src="https://cdn.iubenda.com/cs/iubenda_cs.js" async></script>'
    '<div id="iubenda-cs-banner"></div>',
    "quantcast": '<script src="https://cmp.quantcast.com/choice/abc/example.es/choice.js">'
    '</script><div id="qc-cmp2-container"></div>',
    "cookiebot": '<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js"></script>'
    '<div id="CybotCookiebotDialog"></div>',
    "piano": '<script src="https://experience.tinypass.com/xbuilder/experience/load?aid=x">'
    "</script>",
}


def page(
    title: str,
    paragraphs: list[str],
    *,
    lang: str = "en",
    head: str = "",
    before: str = "",
    after: str = "",
    json_ld: dict[str, object] | None = None,
    header: str = "",
) -> str:
    """A publisher's article template around ``paragraphs``."""
    ld = f'<script type="application/ld+json">{json.dumps(json_ld)}</script>' if json_ld else ""
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:title" content="{title}">{ld}{head}</head><body>'
        f'<header class="site-header"><a href="/">Daily Example</a>{header}'
        '<nav><a href="/politics">Politics</a> <a href="/sport">Sport</a></nav></header>'
        f'<main><article><h1>{title}</h1>{before}<div class="article-body">{body}</div>'
        f"{after}</article></main>"
        "<footer><p>© 2025 Daily Example. All rights reserved.</p></footer></body></html>"
    )


def words(lang: str, count: int) -> list[str]:
    """Paragraphs of ``lang`` holding at least ``count`` words."""
    pool = PARAGRAPHS[lang]
    result: list[str] = []
    total = 0
    while total < count:
        text = pool[len(result) % len(pool)]
        result.append(text)
        total += len(text.split())
    return result


def news_ld(**fields: object) -> dict[str, object]:
    return {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "x", **fields}


# -- walls: (path, html, kind the reason starts with) ---------------------------------

WALLS: list[tuple[str, str, str]] = [
    (
        "en/consent-onetrust",
        page(
            "Privacy choices",
            [CONSENT_NOTICES["en"], CONSENT_NOTICES["en"].replace("842", "1,200")],
            head=VENDOR_MARKUP["onetrust"],
            after='<button id="onetrust-accept-btn-handler">Accept all</button>',
        ),
        "consent wall",
    ),
    (
        "fr/consent-didomi",
        page(
            "Le Quotidien",
            [CONSENT_NOTICES["fr"], CONSENT_NOTICES["fr"]],
            lang="fr",
            head=VENDOR_MARKUP["didomi"],
            after="<button>Accepter et continuer</button><button>Continuer sans accepter</button>",
        ),
        "consent wall",
    ),
    (
        "zustimmung",
        page(
            "Zeit Online mit Werbung lesen",
            [CONSENT_NOTICES["de"]],
            lang="de",
            head=VENDOR_MARKUP["sourcepoint"],
            after="<button>Zustimmen und weiter</button>",
        ),
        "consent wall",
    ),
    (
        "it/consent-iubenda",
        page(
            "Il Giornale di Esempio",
            [CONSENT_NOTICES["it"], CONSENT_NOTICES["it"]],
            lang="it",
            head=VENDOR_MARKUP["iubenda"],
            after="<button>Accetta e continua</button>",
        ),
        "consent wall",
    ),
    (
        "es/consent-quantcast",
        # The dialog only: nothing on the page reads as an article.
        page(
            "El Diario de Ejemplo",
            [],
            lang="es",
            head=VENDOR_MARKUP["quantcast"],
            after="<div class='qc-cmp2-summary'><p>Valoramos tu privacidad</p>"
            "<button>Aceptar todo</button><button>Más opciones</button></div>",
        ),
        "consent wall",
    ),
    (
        "it/paywall-schema",
        page(
            "Il bilancio passa dopo sei ore",
            words("it", 90),
            lang="it",
            json_ld=news_ld(isAccessibleForFree="False", wordCount=1100),
            after='<div class="paywall-box"><p>Questo articolo è riservato agli abbonati.</p>'
            "<a href='/abbonati'>Abbonati per continuare a leggere</a></div>",
        ),
        "paywall",
    ),
    (
        "en/paywall-wordcount",
        # Only the declared word count gives it away (and Piano's script).
        page(
            "Council approves budget after six-hour debate",
            words("en", 200),
            head=VENDOR_MARKUP["piano"],
            json_ld=news_ld(wordCount=1450),
        ),
        "paywall",
    ),
    (
        "en/incomplete-wordcount",
        page(
            "Council approves budget after six-hour debate",
            words("en", 200),
            json_ld=news_ld(wordCount=1450),
        ),
        "incomplete",
    ),
    (
        "fr/paywall-class",
        page(
            "Le budget adopté après six heures de débat",
            words("fr", 100),
            lang="fr",
            after='<section class="article__paywall"><p>Il vous reste 85% de cet article à lire.'
            "</p><p>Cet article est réservé aux abonnés.</p></section>",
        ),
        "paywall",
    ),
    (
        "de/paywall-data",
        page(
            "Stadtrat beschließt Haushalt",
            words("de", 80),
            lang="de",
            after='<div data-paywall-wall="true"><p>Dieser Artikel ist nur für Abonnenten '
            "verfügbar.</p><a href='/abo'>Jetzt abonnieren und weiterlesen</a></div>",
        ),
        "paywall",
    ),
    (
        "es/paywall-phrase",
        page(
            "El ayuntamiento aprueba el presupuesto",
            words("es", 110),
            lang="es",
            after="<div class='suscripcion'><p>Este contenido es exclusivo para suscriptores.</p>"
            "<a href='/suscripcion'>Suscríbete para seguir leyendo</a></div>",
        ),
        "paywall",
    ),
    (
        "en/paywall-nothing-readable",
        # A one-line standfirst: too little to pass as an article, kept as partial.
        page(
            "Inside the budget deal",
            ["How the council found the money."],
            json_ld=news_ld(isAccessibleForFree=False),
            after="<div class='paywall'><p>Subscribe to continue reading.</p></div>",
        ),
        "paywall",
    ),
    (
        "en/login",
        page(
            "Sign in",
            ["Sign in to continue reading this story."],
            after="<form action='/session' method='post'><input name='email' type='email'>"
            "<input name='password' type='password'><button>Sign in</button></form>",
        ),
        "login page",
    ),
    (
        "accedi",
        page(
            "Accedi",
            ["Accedi per continuare a leggere l'articolo sul bilancio comunale."],
            lang="it",
            after="<div id='login-root'></div>",
        ),
        "login page",
    ),
]

# -- articles that must not be marked ---------------------------------------------------

_ABOUT_PAYWALLS = (
    "Publishers have learned that readers rarely subscribe to continue reading a single "
    "story: the message 'subscribe to continue reading' converts fewer than one visitor in a "
    "thousand, according to a study of forty European newspapers published on Monday.",
    "Editors interviewed for the study said that content reserved for subscribers works "
    "best when it is local, and that a metered paywall annoys readers less than a hard one.",
)
_COOKIE_LAW = (
    "The data protection authority fined three publishers on Thursday for cookie banners "
    "that made refusing consent harder than accepting it, in the first decision of its kind.",
    "The regulator said a consent banner must offer a reject button as visible as the accept "
    "button, and that tracking by advertising partners cannot start before consent is given.",
)

ARTICLES: list[tuple[str, str]] = [
    (
        "en/about-paywalls",
        page(
            "Why readers do not pay",
            [*_ABOUT_PAYWALLS, *words("en", 450)],
            head=VENDOR_MARKUP["onetrust"] + VENDOR_MARKUP["piano"],
            after="<aside class='newsletter'><p>Subscribe to our newsletter</p></aside>"
            + VENDOR_MARKUP["onetrust_banner"],
        ),
    ),
    (
        "en/cookie-law",
        page(
            "Publishers fined over cookie banners",
            [*_COOKIE_LAW, *words("en", 300)],
            head=VENDOR_MARKUP["cookiebot"],
            after=VENDOR_MARKUP["onetrust_banner"],
        ),
    ),
    (
        "it/brief-with-banner",
        page(
            "Bilancio approvato",
            words("it", 120),
            lang="it",
            head=VENDOR_MARKUP["iubenda"],
            after="<div class='cookie-banner'><p>Usiamo i cookie.</p>"
            "<button>Accetta tutti</button></div>",
        ),
    ),
    (
        "en/full-text-not-free",
        # The paywall is drawn by script: the whole text came through.
        page(
            "Council approves budget after six-hour debate",
            words("en", 700),
            json_ld=news_ld(isAccessibleForFree=False, wordCount=720),
            head=VENDOR_MARKUP["piano"],
            after="<div class='paywall'></div>",
        ),
    ),
    (
        "fr/declared-words-match",
        page(
            "Le budget adopté",
            words("fr", 480),
            lang="fr",
            json_ld=news_ld(wordCount=520),
            head=VENDOR_MARKUP["didomi"],
        ),
    ),
    (
        "de/login-modal",
        page(
            "Stadtrat beschließt Haushalt",
            words("de", 130),
            lang="de",
            header="<div class='login-modal' hidden><form><input type='email'>"
            "<input type='password'><button>Anmelden</button></form></div>",
        ),
    ),
    (
        "en/paywall-widget-in-header",
        # A short brief; the site's account widget is named after its paywall.
        page(
            "Man arrested after break-in",
            words("en", 70)[:2],
            header="<div class='paywall-header-wrap'><a class='paywall-login-link' "
            "href='/PayWalllogin'>Login</a></div>",
        ),
    ),
    (
        "it/mentions-subscribers",
        page(
            "Il giornale cambia formula",
            [
                "Da lunedì alcuni contenuti saranno riservati agli abbonati, ha annunciato il "
                "direttore, spiegando che la scelta serve a finanziare le inchieste locali.",
                *words("it", 420),
            ],
            lang="it",
        ),
    ),
    (
        "es/account-page-link",
        page(
            "El ayuntamiento aprueba el presupuesto",
            words("es", 380),
            lang="es",
            header="<a href='/login'>Inicia sesión</a>",
            head=VENDOR_MARKUP["quantcast"],
        ),
    ),
]
