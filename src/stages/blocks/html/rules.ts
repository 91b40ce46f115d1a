import { isHeadingTag } from '../../../core/doc.js';
import type { RuleInfo } from '../../../core/rule.js';
import { hasName, hasWord, wordSet, wordsOf, type ElementView } from './tokens.js';

/** Text facts of an element's subtree, computed once from its blocks. */
export interface ElementStats {
  chars: number;
  linkChars: number;
  /** Characters in blocks of running prose (long, few links). */
  prose: number;
}

/**
 * A kind of boilerplate element, recognised by its markup (tag, ARIA role, class/id words) and
 * accepted only when its text agrees: a share bar is short, a teaser list is link-heavy. No rule
 * removes an element holding most of the page's prose (a page wrapper named `content-sidebar`).
 */
export interface HtmlRule extends RuleInfo {
  /** What in the markup matched (the word or tag), or null. */
  match(v: ElementView): string | null;
  /** Longest text (characters) a matched element may have and still be this boilerplate. */
  maxChars?: number;
  /** Lowest link density a matched element must have. */
  minLinkDensity?: number;
  /** Guarded by the prose check (default true): hidden-by-attribute text is not. */
  guarded?: boolean;
}

// An article paragraph for the examples: the rule must act beside real prose, not on an empty page.
const P = '<article><h1>Stadtrat beschließt neuen Haushalt</h1><p>Der Stadtrat hat am Dienstagabend nach langer Debatte den Haushalt für das kommende Jahr beschlossen, wie die Verwaltung mitteilte. Die Opposition kritisierte die geplanten Kürzungen bei den Bibliotheken und kündigte weiteren Widerstand an.</p><p>Die Bürgermeisterin verteidigte den Entwurf und sprach von einem schwierigen, aber notwendigen Kompromiss, der die Finanzen der Stadt auf Jahre sichern solle.</p></article>';
const page = (before: string, after = ''): string => `<html><body>${before}${P}${after}</body></html>`;
const LIVE_ITEM = 'Die Feuerwehr meldet am Nachmittag, dass der Brand in der Lagerhalle am Hafen unter Kontrolle ist und die Anwohner ihre Fenster wieder öffnen dürfen.';

/**
 * Every class/id word and whole name some rule matches. An element none of whose names is one or
 * holds one is judged by its tag, role, `hidden` and `style` alone (the walk's cache relies on it),
 * so each set a rule reads is made by ruleWords, never by hand.
 */
export const RULE_VOCABULARY = new Set<string>();
const ruleWords = (s: string): ReadonlySet<string> => {
  const set = wordSet(s);
  for (const w of set) RULE_VOCABULARY.add(w);
  return set;
};

const HIDDEN_NAMES = ruleWords('hidden sr-only visually-hidden visuallyhidden screen-reader-text screenreader-only offscreen d-none is-hidden u-hidden hide element-invisible');
const COOKIE = ruleWords('cookie cookies consent gdpr cookiebanner cookiebar');
const NAV = ruleWords('nav navbar navigation menu menus breadcrumb breadcrumbs pagination pager submenu megamenu topbar');
/** The links to a post's other pages, by whole name (WordPress's `page-links`, WP-PageNavi's): "Pages: 1 2 3 4". */
const PAGE_LINKS = ruleWords('page-links post-page-numbers wp-pagenavi pagenavi');
/** The list of skip links, by its whole name: "skiplink-inhalt" is where a link skips to, the page's content. */
const SKIP_LINKS = ruleWords('skiplinks skiplink skip-links skip-link skipnav');
const FOOTER_NAMES = ruleWords('site-footer page-footer global-footer masthead site-header global-header topnav');
const ASIDE = ruleWords('sidebar aside rail sidebox marginal');
/** Embeds whose own text is only their placeholder (an Instagram or TikTok post); a tweet's blockquote holds its text. */
const SOCIAL_EMBEDS = ruleWords('instagram-media tiktok-embed');
const SHARE = ruleWords('share shares sharing sharebar shariff social socials addthis sharethis sociallinks');
const RELATED = ruleWords('related recommended recommendation recommendations outbrain taboola plista trending popular mostread meistgelesen morestories readmore readnext');
const TEASER = ruleWords('teaser teasers teaserlist');
/** WordPress's card of another post, by its whole name: the embed script shows its iframe and hides the link. */
const POST_EMBEDS = ruleWords('wp-embedded-content');
/** In the languages of the pages: German, Spanish and Portuguese, French, Italian, Polish, Scandinavian, Dutch. */
const COMMENTS = ruleWords('comment comments commentlist disqus discussion kommentare kommentar-liste respond reactions comentarios comentario commentaires commenti komentarze kommentarer reacties');
/** A live ticker's entries are named comments too ("live-match-comment"): the commentary is the page's text, not its readers'. */
const LIVE = ruleWords('live liveticker ticker liveblog');
/** A byline's bar often links to the comments too ("firma_comentarios": the writers, the date, the comment count). */
const BYLINE_BAR = ruleWords('byline firma');
const NEWSLETTER = ruleWords('newsletter subscribe subscription signup paywall regwall piano upsell offerpage abo-teaser abo');
const ADS = ruleWords('ad ads advert adverts advertisement advertising anzeige sponsor sponsored promo dfp adslot adunit adsense commercial werbung');

const AUTHOR = ruleWords('author autor autorin authors autoren');
/** What an author's box is called; a dropdown, popup or hover card shows the same biography on demand. */
const AUTHOR_BOX = ruleWords('box caja bio biography info description about profile details data card dropdown popup popover tooltip hovercard');
const AUTHOR_NAMES = ruleWords('authorbox author-box about-author author-bio authorbio autorenbox autorbox author-info author-description');
const TAGS = ruleWords('tags tag-list taglist tagcloud tag-cloud keywords schlagworte schlagwörter post-tags entry-tags article-tags categories post-categories entry-categories');
const LEGAL = ruleWords('copyright disclaimer imprint legal rechtliches');
const FOOTER = ruleWords('footer');
const TAGS_WORD = ruleWords('tags');

const hiddenStyle = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * What of a `style` attribute the rules read: whether it hides the element ('display:none'), else
 * nothing. The walk's cache key holds this instead of the style itself (inline styles are often
 * unique to an element, and a key unique to an element is a miss): a rule that reads more of a
 * style must say so here.
 */
export const styleKey = (style: string | undefined): string | undefined => (style !== undefined && hiddenStyle.test(style) ? 'display:none' : undefined);

/** In order: the outermost matching element decides, and among rules the first that matches. */
export const HTML_RULES: readonly HtmlRule[] = [
  {
    id: 'html/hidden',
    description: 'Text the reader never sees: hidden attribute, display:none, screen-reader-only classes (not aria-hidden: pull quotes use it).',
    guarded: false,
    match: (v) =>
      v.attribs['hidden'] !== undefined ? 'hidden'
      : hiddenStyle.test(v.attribs['style'] ?? '') ? 'style'
      : hasName(v, HIDDEN_NAMES),
    examples: { matches: [page('<p class="sr-only">Springe zum Hauptinhalt</p>'), page('<div style="display:none">Versteckter Text</div>')], keeps: [page('<p class="hiddenite">Sichtbarer Text</p>')] },
  },
  {
    id: 'html/cookie-consent',
    description: 'Cookie and consent banners.',
    maxChars: 4000,
    match: (v) => hasWord(v, COOKIE),
    examples: { matches: [page('<div id="cookie-banner">Wir verwenden Cookies. Akzeptieren</div>')], keeps: [page('<div class="recipe">Cookies backen mit Oma</div>')] },
  },
  {
    id: 'html/nav',
    description: 'Navigation: <nav>, role=navigation/menu, menus, breadcrumbs, pagination (a post\'s links to its other pages: "Pages: 1 2 3 4").',
    // A heading is no menu by its name: "nav_nur_die_folie" is the anchor a table of contents links to.
    match: (v) => (v.tag === 'nav' ? 'nav' : v.role === 'navigation' || v.role === 'menu' || v.role === 'menubar' ? v.role : hasName(v, SKIP_LINKS) ?? hasName(v, PAGE_LINKS) ?? (isHeadingTag(v.tag) ? null : hasWord(v, NAV))),
    examples: {
      matches: [page('<nav><a href="/">Start</a> <a href="/politik">Politik</a></nav>'), page('<ul class="breadcrumb"><li><a href="/">Home</a></li></ul>'), page('<ul id="skiplinks"><li><a href="#skiplink-inhalt">Zum Inhalt springen</a></li></ul>'), page('', '<div class="page-links">Seiten: 1 <a href="/2">2</a> <a href="/3">3</a></div>')],
      keeps: [page('<div class="navigator-story">Kein Menü</div>'), `<html><body><div id="skiplink-inhalt">${P}</div></body></html>`, page('', '<h3 class="subheading" id="nav_nur_die_folie__1">Nur die Folie bleibt zurück</h3>'), page('', '<div class="page-links-bottom"><a href="/">zur Startseite</a></div>')],
    },
  },
  {
    id: 'html/header-footer',
    description: 'The page header and footer (<header>/<footer>, banner/contentinfo roles) outside an <article> or <main>.',
    match: (v) => (v.tag === 'header' || v.tag === 'footer' ? v.tag : v.role === 'banner' || v.role === 'contentinfo' ? v.role : hasName(v, FOOTER_NAMES) ?? hasWord(v, FOOTER)),
    examples: { matches: [page('', '<footer><p>© 2024 Stadtanzeiger. Impressum</p></footer>')], keeps: [`<html><body><main><header><h1>Titel der Seite</h1></header>${P}</main></body></html>`] },
  },
  {
    id: 'html/aside',
    description: 'Sidebars: <aside>, role=complementary, sidebar/rail classes; an <aside> or complementary box beside an <article>, or an element named "sidebar" itself outside one, goes even when it holds most of the page\'s prose (a live blog, the widgets beside a short post); a wrapper only named for its sidebar ("cb-sidebar-right") that holds the page\'s <article> of the most prose stays.',
    match: (v) => (v.tag === 'aside' ? 'aside' : v.role === 'complementary' ? v.role : hasWord(v, ASIDE)),
    examples: {
      matches: [
        page('', '<aside><h3>Meistgelesen</h3><a href="/a">Erster Artikel</a></aside>'),
        // A live blog in the sidebar holds more prose than the article beside it: still the sidebar.
        `<html><body><div class="grid">${P.replace('</article>', `<p>${LIVE_ITEM}</p></article>`)}<aside><h2>Der Tag im Ticker</h2><ul>${`<li><p>${LIVE_ITEM}</p></li>`.repeat(6)}</ul></aside></div></body></html>`,
        // An element named "sidebar" outright is one, however much prose its widgets hold beside a short post.
        `<html><body><div class="page">${P}<div id="sidebar"><h2>Neueste Beiträge</h2>${`<p>${LIVE_ITEM}</p>`.repeat(6)}</div></div></body></html>`,
      ],
      keeps: [page('<div class="railway-news">Neue Bahnstrecke eröffnet</div>'), `<html><body><aside class="content">${`<p>${LIVE_ITEM}</p>`.repeat(4)}</aside></body></html>`],
    },
  },
  {
    id: 'html/share',
    description: 'Share and social-media bars.',
    maxChars: 600,
    match: (v) => hasWord(v, SHARE),
    examples: { matches: [page('<div class="article-share-bar"><a href="#">Facebook</a> <a href="#">Teilen</a></div>')], keeps: [page('<div class="socialist-history">Eine Geschichte</div>')] },
  },
  {
    id: 'html/social-embed',
    description: 'An embedded Instagram or TikTok post, which a scraped page shows as its placeholder only ("View this post on Instagram", "A post shared by …").',
    maxChars: 1500,
    match: (v) => hasName(v, SOCIAL_EMBEDS),
    examples: {
      matches: [page('<blockquote class="instagram-media" data-instgrm-version="14"><a href="https://www.instagram.com/p/x/">Sieh dir diesen Beitrag auf Instagram an</a><p>Ein Beitrag geteilt von Anna (@anna)</p></blockquote>')],
      keeps: [page('<blockquote class="twitter-tweet"><p>Die Sitzung ist beendet, der Haushalt beschlossen.</p></blockquote>')],
    },
  },
  {
    id: 'html/related',
    description: 'Related, recommended and most-read lists; teaser boxes full of links; WordPress\'s card of another post (`wp-embedded-content`).',
    match: (v) => hasWord(v, RELATED) ?? (hasWord(v, TEASER) ? 'teaser' : null) ?? hasName(v, POST_EMBEDS),
    minLinkDensity: 0.2,
    examples: { matches: [page('', '<div class="related-articles"><a href="/x">Mehr zum Haushalt der Stadt</a></div>'), page('<blockquote class="wp-embedded-content" data-secret="x"><a href="https://example.org/anderer-beitrag/">Ein anderer Beitrag der Seite</a></blockquote>')], keeps: [page('<p class="teaser">Die Stadt hat einen neuen Haushalt, und der ist knapp bemessen.</p>')] },
  },
  {
    id: 'html/comment-section',
    description: 'Reader comments and discussion sections; not a live ticker\'s commentary ("live-match-comment"), nor a byline\'s bar that links to the comments ("firma_comentarios"), nor a forum thread\'s posts (its address through /forum/, /threads/, /topic/ …: they are its text).',
    match: (v) => (hasWord(v, LIVE) || hasWord(v, BYLINE_BAR) ? null : hasWord(v, COMMENTS)),
    examples: {
      matches: [page('', '<section id="comments"><p>Toller Artikel, danke! Ich sehe das genauso wie die Opposition.</p></section>'), page('', '<div id="comentarios_lectores"><p>Su cara lo dice todo, espero que se quede mucho tiempo en la cárcel.</p></div>')],
      keeps: [page('<p class="commentary-note">Anmerkung der Redaktion.</p>'), page('', '<div class="live-match-comment"><p>90. Minute: Abpfiff, die Gastgeber retten das Unentschieden über die Zeit.</p></div>'), page('<div class="firma_comentarios"><span class="autor">María R. Sahuquillo</span> Madrid 27 OCT 2012</div>')],
    },
  },
  {
    id: 'html/newsletter',
    description: 'Newsletter sign-ups, subscription offers and paywall boxes (short ones: a long paywalled body is content; a paywall box around the page\'s <h1> is the article behind the paywall).',
    maxChars: 1500,
    match: (v) => hasWord(v, NEWSLETTER),
    examples: { matches: [page('', '<div class="newsletter-box">Jetzt den Newsletter abonnieren!</div>')], keeps: [page('<div class="subscriber-count-explained">x</div>')] },
  },
  {
    id: 'html/ad',
    description: 'Ad slots and sponsored boxes, by class/id words (ad, ads, advert, anzeige, sponsored, promo).',
    maxChars: 1500,
    // Not an ad word only in a BEM modifier ("TestReport__Section--Ads": a section ads are placed in, chip.de's test report).
    match: (v) => {
      const w = hasWord(v, ADS);
      if (!w) return null;
      let inBase = false;
      let inModifier = false;
      for (const n of v.names) {
        const [base, ...modifiers] = n.split('--');
        if (wordsOf(base!).some((x) => ADS.has(x))) inBase = true;
        if (modifiers.some((m) => wordsOf(m).some((x) => ADS.has(x)))) inModifier = true;
      }
      return inModifier && !inBase ? null : w;
    },
    examples: {
      matches: [page('<div class="ad-slot">Anzeige</div>'), page('<div id="adContainer">Werbung</div>'), page('<div class="ad--sticky">Anzeige</div>')],
      keeps: [page('<div class="shadow-box">Schatten</div>'), page('<div class="head">Kopf</div>'), page('<section class="TestReport__Section TestReport__Section--Ads"><p>Starke Hitze nur in der Mitte: Das Steak gart außen langsamer als innen.</p></section>')],
    },
  },
  {
    id: 'html/author-box',
    description: 'The author box under an article: a short biography and profile links (the byline itself is a single line).',
    maxChars: 1500,
    match: (v) => hasName(v, AUTHOR_NAMES) ?? (hasWord(v, AUTHOR) && hasWord(v, AUTHOR_BOX) ? 'author' : null),
    examples: { matches: [page('', '<div class="author-box"><p>Jana Beispiel schreibt seit 2010 über Stadtentwicklung und Verkehr.</p></div>'), page('<div class="author-dropdown"><p>Jana Beispiel schreibt seit 2010 über Stadtentwicklung und Verkehr.</p></div>'), page('', '<div class="caja_autor"><ul><li>Twitter</li></ul><div class="nombre">Jana Beispiel</div><div class="descripcion">Responsable de Sanidad</div></div>')], keeps: [page('<p class="author">Von Jana Beispiel</p>')] },
  },
  {
    id: 'html/tags',
    description: 'Tag and category lists: an element named so that is mostly links, or a block half of whose text is links marked `rel="tag"` (detail "rel=tag").',
    minLinkDensity: 0.5,
    match: (v) => hasName(v, TAGS) ?? hasWord(v, TAGS_WORD),
    examples: {
      matches: [
        page('', '<div class="post-tags"><a href="/t/rad">Radverkehr</a> <a href="/t/rat">Stadtrat</a></div>'),
        // Keywords as a paragraph of the article, known only by their links' rel.
        `<html><body>${P.replace('</article>', '<p>Schlagworte: <a rel="tag" href="/t/rad">Radverkehr</a>, <a rel="category tag" href="/t/rat">Stadtrat</a></p></article>')}</body></html>`,
      ],
      keeps: [
        page('<p class="tags-explained">Was Schlagworte sind, erklären wir hier ausführlich.</p>'),
        `<html><body>${P.replace('</article>', '<p>Der <a rel="tag" href="/t/rat">Stadtrat</a> tagt wieder im Juni, wie die Verwaltung am Montag mitteilte.</p></article>')}</body></html>`,
      ],
    },
  },
  {
    id: 'html/legal',
    description: 'Copyright, disclaimer and imprint boxes.',
    maxChars: 1500,
    match: (v) => hasWord(v, LEGAL),
    examples: { matches: [page('', '<div class="article-copyright"><p>© Stadtkurier 2023. Alle Rechte vorbehalten.</p></div>')], keeps: [page('<p class="copy">Der Stadtrat tagt wieder im Juni.</p>')] },
  },
  {
    id: 'html/form',
    description: 'Form controls and small forms (search, login, newsletter): buttons, selects, labels.',
    maxChars: 800,
    match: (v) => (v.tag === 'button' || v.tag === 'select' || v.tag === 'form' || v.tag === 'label' || v.tag === 'input' ? v.tag : null),
    examples: { matches: [page('<form><label>Suche</label><button>Los</button></form>')], keeps: [page('')] },
  },
];

/** Removals the blocks stage makes that are not a kind of element (page-level decisions). */
export const HTML_PAGE_RULES: readonly RuleInfo[] = [
  {
    id: 'html/outside-article',
    description: 'Text outside the chosen article container (picked by prose density, link density and article/main/articleBody evidence).',
    examples: { matches: [page('<div class="top"><a href="/region">Alle Nachrichten aus der Region</a> <a href="/wetter">Wetter</a></div>')], keeps: [page('')] },
  },
  { id: 'html/headline', description: 'The article headline: the <h1> in or just before the article container (role title).' },
  { id: 'html/caption', description: '<figcaption> text, or a block whose element or parent has a caption class, is a caption, kept apart from the body; a copyright or credit line in it ("© dpa", "Foto: X") is its credit. So is a line (not a heading) that repeats the alternative text, three words or more, of the image right above it.' },
  { id: 'html/quote', description: 'Text in a <blockquote> is a quote.' },
  { id: 'html/byline', description: 'Text in an author element (rel/itemprop author, an author or byline class) that is a name, 80 characters at most ("Par Anna Muster, envoyée spéciale"), is a byline, kept apart from the body; so is a block that holds such an element and a few words after the name (the publication\'s: "Lisa Kaczke and Trevor J. Mitchell Sioux Falls Argus Leader").' },
  { id: 'html/table', description: 'Text in table cells is a table.' },
  { id: 'html/metadata', description: 'Page metadata: title, authors, dates, site name, canonical URL, description, language from meta tags, JSON-LD, <time>, the URL, then the text; where nothing else names them, the writer and date the microdata of the article\'s own footer, author box or aside marks (itemprop author, datePublished).' },
];
