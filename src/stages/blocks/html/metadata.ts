import type { DeclaredMeta } from '../../../core/doc.js';
import { SITE_ADDRESS } from '../../../lexicon/domain.js';
import { POST_HANDLE } from '../../../lexicon/post-handle.js';
import { decodeHTMLStrict } from 'entities';
import { normalizeDecoded } from '../../load/normalize.js';
import { dateInText, dateInUrl, normalizeDate } from './dates.js';
import type { HeadFacts } from './walk.js';

const ARTICLE_TYPES = /^(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|LiveBlogPosting|TechArticle|ScholarlyArticle|Report|SocialMediaPosting|Posting)$/;

/** The JSON-LD object describing the article (from `@graph` arrays too), if any. */
interface LdArticle {
  headline?: string;
  datePublished?: string;
  /** The `datePublished` of a work that is no article (WORK_TYPES), when the page has no article. */
  workPublished?: string;
  dateModified?: string;
  authors: string[];
  publisher?: string;
  articleBody?: string;
  inLanguage?: string;
  url?: string;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? normalizeDecoded(v).trim() || undefined : undefined);
/**
 * The names of a JSON-LD value: a string, a thing's `name`, or the `name` of the thing a reference
 * points to (`{"@id": "…#/schema/person/…"}`, how Yoast's graph names an article's author).
 */
const names = (v: unknown, byId?: ReadonlyMap<string, Record<string, unknown>>): string[] => {
  if (!v) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap((x) => names(x, byId));
  if (typeof v === 'object') {
    const o = v as { name?: unknown; '@id'?: unknown };
    if (o.name === undefined && typeof o['@id'] === 'string') return names(byId?.get(o['@id'])?.['name']);
    return names(o.name);
  }
  return [];
};
/** An object's types; a bare `type` where `@type` is missing (`{"type":"Article", …}`: templates write it so). */
const typesOf = (o: Record<string, unknown>): string[] => {
  const t = o['@type'] ?? o['type'];
  return Array.isArray(t) ? t.map(String) : [String(t ?? '')];
};

function collectLd(value: unknown, out: Array<Record<string, unknown>>): void {
  if (Array.isArray(value)) for (const v of value) collectLd(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    out.push(o);
    if (o['@graph']) collectLd(o['@graph'], out);
    if (o['mainEntity'] && typeof o['mainEntity'] === 'object') collectLd(o['mainEntity'], out);
  }
}

/**
 * Works that are a page's content without being articles: their `datePublished` dates the page
 * (a recipe, a how-to, a video, a review), though their name and author are not an article's.
 */
const WORK_TYPES = /^(?:Recipe|HowTo|VideoObject|Review|Course|Book|Movie|PodcastEpisode|MusicRecording|CreativeWork|MediaObject|Guide|FAQPage|QAPage)$/;

/** Works that are the page itself, written for it: their author is the page's writer. */
const PAGE_WORKS = /^(?:Recipe|HowTo)$/;

export function jsonLdArticle(scripts: readonly string[]): LdArticle | null {
  const objects: Array<Record<string, unknown>> = [];
  for (const s of scripts) {
    try {
      collectLd(JSON.parse(s.trim().replace(/^<!--|-->$/g, '')), objects);
    } catch {
      // Broken JSON-LD is common (trailing commas, raw newlines in strings): skip it.
    }
  }
  const art = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t))) ?? objects.find((o) => typesOf(o).includes('WebPage') && (o['datePublished'] || o['headline']));
  if (!art) {
    const work = objects.find((o) => str(o['datePublished']) && typesOf(o).some((t) => WORK_TYPES.test(t)));
    // A recipe's or a how-to's writer is the page's; a book's, a video's or a film's is not.
    return work ? { workPublished: str(work['datePublished']), authors: typesOf(work).some((t) => PAGE_WORKS.test(t)) ? names(work['author']) : [] } : null;
  }
  const pub = art['publisher'] as Record<string, unknown> | undefined;
  const byId = new Map<string, Record<string, unknown>>();
  for (const o of objects) if (typeof o['@id'] === 'string' && o['name'] !== undefined && !byId.has(o['@id'])) byId.set(o['@id'], o);
  return {
    headline: str(art['headline']) ?? str(art['name']),
    datePublished: str(art['datePublished']) ?? str(art['dateCreated']),
    dateModified: str(art['dateModified']),
    authors: names(art['author'], byId).map((a) => a.trim()).filter(Boolean),
    publisher: pub && typeof pub === 'object' ? str(pub['name']) : undefined,
    articleBody: str(art['articleBody']),
    inLanguage: str(art['inLanguage']),
    url: str(art['url']) ?? str((art['mainEntityOfPage'] as Record<string, unknown> | undefined)?.['@id']),
  } as LdArticle;
}

const PUBLISHED_KEYS = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'published_time', 'datepublished', 'article.published', 'parsely-pub-date',
  'sailthru.date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date',
  'dc.date.created', 'dcterms.created', 'citation_publication_date', 'citation_date', 'article_date_original', 'originalpublicationdate', 'cxenseparse:recs:publishtime',
  'date_published', 'release_date', 'og:pubdate', 'article.created', 'created',
];
const MODIFIED_KEYS = ['article:modified_time', 'og:updated_time', 'og:article:modified_time', 'datemodified', 'last-modified', 'dcterms.modified', 'dc.date.modified', 'article.updated', 'lastmod'];

/**
 * Metadata escaped twice (`&amp;oacute;` in the source, `\\u00c1` in a JSON-LD string) keeps an entity
 * or an escape once parsed: decode what is left ("Redacci&oacute;n", "Luis \u00c1vila"). All of HTML's
 * named entities (the `entities` package), with their semicolon only: "&copy" without one stays.
 */
export const decodeEntities = (s: string): string => {
  const t = s.includes('&') ? decodeHTMLStrict(s) : s;
  return t.includes('\\u') ? t.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : t;
};

const SEPARATORS = /\s+[|–—·•:»-]\s+|\s+::\s+/;
/**
 * A company with its web address, as the agency that built the site signs the template's author tag ("Web Commerce
 * GmbH www.w-commerce.de"): the site's maker, not the article's writer.
 */
const WEB_AGENCY = /\b(?:GmbH|AG|UG|KG|OHG|Ltd|Inc|LLC|S\.?L|SARL|B\.?V)\b.*(?:\bwww\.|https?:\/\/)[\w-]+\.|(?:\bwww\.|https?:\/\/)[\w-]+\.\S+.*\b(?:GmbH|AG|UG|KG|OHG|Ltd|Inc|LLC)\b/u;

/** A title's separator at its very end or start, with nothing on that side. */
const DANGLING_SEPARATOR = /^\s*(?:[|–—·•»-]|::)\s+|\s+(?:[|–—·•:«-]|::)\s*$/u;
/** A name for comparing: lower case, without spaces and punctuation ("Business Insider" = "business-insider"). */
export const squash = (s: string): string => s.toLowerCase().replace(/[\s\p{P}]+/gu, '');

/** A title with its typographic characters typed plainly (… as ..., dashes as -, curly quotes straight). */
const plainTypography = (s: string): string => s.replace(/…/g, '...').replace(/[–—]/g, '-').replace(/[„“”«»]/g, '"').replace(/[‘’‚]/g, "'");

/** A separator opening what follows the headline in a title. */
const SEPARATOR_START = /^\s+[|–—·•:»-]\s+/;

/**
 * `Headline | Site`: the title is the headline with a name after a pipe, or with two or more names after
 * separators (`Headline - Section - Site`). Not `Name | Headline`:
 * when the h1 is the site's logo, the title ends with it, and the article's headline is before.
 */
function pipedAfter(title: string, headline: string): boolean {
  const t = title.trim();
  const h = headline.trim();
  if (!t.startsWith(h)) return false;
  const rest = t.slice(h.length);
  // Or a chain of names after it: "Headline - Section - Site", "Headline : 뉴스 : 동아닷컴"; or the site in brackets: "Headline [LWN.net]".
  return /^\s*\|/.test(rest) || (SEPARATOR_START.test(rest) && rest.split(SEPARATORS).length >= 3) || /^\s+\[[^\]]{1,40}\]\s*$/.test(rest);
}

/** `Title - Part` → `Title`: the title without its last part and the separator before it. */
const withoutLastPart = (title: string, last: string): string => title.slice(0, title.length - last.length).replace(/\s*[|–—·•:»-]+\s*$/, '').trim();

/** Second-level labels under a country's domain ("bbc.co.uk", "abc.net.au"): the site's name is the label before. */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'or', 'ne', 'go']);

/** The name a site's domain gives it: "wikipedia" of en.wikipedia.org, "time" of newsfeed.time.com, "bbc" of bbc.co.uk. */
export function domainName(host: string): string {
  const labels = host.toLowerCase().split('.').slice(0, -1);
  if (labels.length > 1 && SECOND_LEVEL.has(labels.at(-1)!)) labels.pop();
  return labels.at(-1) ?? '';
}

/** Most words of a title's last part that names the site by its domain's name ("TIME NewsFeed", "Wikipedia, the free encyclopedia"). */
const SITE_PART_WORDS = 4;

/**
 * `Title | Site` → `Title` when a part is the site name (or the host, or a site's address: "CNN.com"), or the last part
 * is a short one that opens with the domain's name ("… Crack - TIME NewsFeed" on newsfeed.time.com); otherwise as it is.
 */
export function withoutSiteName(title: string, siteName: string | undefined, host: string | undefined): string {
  // A separator with nothing after it ("National Rail Enquiries -"): the template's slot for the page's name stayed empty.
  title = title.replace(DANGLING_SEPARATOR, '');
  const parts = title.split(SEPARATORS);
  if (parts.length < 2) return title;
  const site = siteName ? squash(siteName) : '';
  const hostWord = host ? squash(host.replace(/^www\./, '').replace(/\.[a-z]+$/, '')) : '';
  const isSite = (p: string) => {
    const q = squash(p);
    return !!q && ((!!site && (q === site || site.includes(q) || q.includes(site))) || (!!hostWord && (q.includes(hostWord) || hostWord.includes(q))) || SITE_ADDRESS.test(p.trim()));
  };
  const first = parts[0]!;
  const last = parts.at(-1)!;
  const domain = host ? domainName(host) : '';
  const words = last.trim().split(/[\s,]+/u);
  const namedByDomain = domain.length >= 3 && words.length <= SITE_PART_WORDS && squash(words[0]!) === domain;
  if (isSite(last) || namedByDomain) return withoutLastPart(title, last);
  if (isSite(first)) return title.slice(first.length).replace(/^\s*[|–—·•:»-]+\s*/, '').trim();
  return title;
}

/**
 * `Title - Writers` → `Title` when the last part is the page's declared writers ("2012 map takes unfamiliar shape -
 * Maggie Haberman and Shira Toeplitz"): their names are the byline, not the headline.
 */
export function withoutAuthorNames(title: string, authors: readonly string[]): string {
  const parts = title.split(SEPARATORS);
  if (parts.length < 2 || !authors.length) return title;
  const last = parts.at(-1)!;
  const q = squash(last);
  return !q || !authors.some((a) => squash(a.replace(/^(?:von|by)\s+/i, '')) === q) ? title : withoutLastPart(title, last);
}

export interface MetaInput {
  head: HeadFacts;
  ld: LdArticle | null;
  url: string | undefined;
  /** The headline the extractor found (the h1 of the article), if any. */
  headline: string | null;
  /** Date value of a `<time>` (or microdata date) in or near the article, if any. */
  timeInArticle: string | null;
  /** Short text lines at the top of the article (byline, date line) for a written date. */
  topLines: readonly string[];
  authors: readonly string[];
}

/** The label of a writer in a Twitter card's data ("Written by", "Verfasst von"; Yoast writes it). */
const WRITTEN_BY = /^(?:written by|verfasst von|geschrieben von|escrito por|écrit par|scritto da|geschreven door|autor|author)$/i;

/** A Twitter card's `twitter:dataN` whose `twitter:labelN` matches `label`. */
function labelledTwitterData(meta: ReadonlyMap<string, string>, label: RegExp): string | undefined {
  for (let n = 1; n <= 4; n++) {
    const l = meta.get(`twitter:label${n}`);
    if (l === undefined) break;
    if (label.test(l)) return meta.get(`twitter:data${n}`) || undefined;
  }
  return undefined;
}

/** What the page declares about itself, strongest evidence first for every field. */
export function pageMetadata(input: MetaInput): DeclaredMeta {
  const { head, ld } = input;
  const meta = new Map<string, string>();
  for (const [k, v] of head.metas) if (!meta.has(k)) meta.set(k, v.trim());
  const firstOf = (keys: readonly string[]): string | undefined => {
    for (const k of keys) {
      const v = meta.get(k);
      if (v) return v;
    }
    return undefined;
  };
  const out: DeclaredMeta = {};
  const siteName = firstOf(['og:site_name', 'application-name', 'twitter:site']) ?? ld?.publisher;
  if (siteName) out.siteName = decodeEntities(siteName.replace(/^@/, ''));
  let host: string | undefined;
  // A page saved without its address still names it (canonical link, og:url).
  const address = input.url ?? head.canonical ?? meta.get('og:url');
  try {
    host = address ? new URL(address).hostname : undefined;
  } catch {
    host = undefined;
  }

  const metaAuthor = firstOf(['author', 'article:author', 'dc.creator', 'byl', 'sailthru.author', 'parsely-author']) ?? labelledTwitterData(meta, WRITTEN_BY);
  const authors = [...(ld?.authors ?? []), ...[metaAuthor].filter((a): a is string => !!a && !/^https?:/.test(a) && !WEB_AGENCY.test(a))];
  const metaTitle = ld?.headline ?? firstOf(['og:title', 'twitter:title', 'dc.title', 'headline']);
  const hostWord = host ? squash(host.replace(/^www\./, '').replace(/\.[a-z]+$/, '')) : '';
  // The site itself or an address declared as the author ("LAOLA1.at", "cipha[at]cipha.net") names no writer: a
  // byline element, where there is one, does ("von Alexander Karper").
  // The publisher a Dublin Core or JSON-LD tag names is the site too ("Ediciones El País").
  const sites = [out.siteName, meta.get('dc.publisher'), ld?.publisher].filter((s): s is string => !!s).map((s) => squash(decodeEntities(s)));
  const siteOnly = authors.every((a) => SITE_ADDRESS.test(a.trim()) || /@|\[at\]/.test(a) || sites.includes(squash(decodeEntities(a))) || (!!hostWord && squash(a) === hostWord));
  if (siteOnly && input.authors.length) authors.length = 0;
  if (!authors.length) authors.push(...input.authors);
  const uniq = [...new Set(authors.map((a) => decodeEntities(a).replace(/^(?:von|by)\s+/i, '').trim()).filter((a) => a.length > 1 && a.length < 80))];
  if (uniq.length) out.authors = uniq;
  // A site-name h1 (the logo) or og:title is no headline.
  const generic = (t: string) => (!!out.siteName && squash(t) === squash(out.siteName)) || (!!hostWord && squash(t) === hostWord);
  // The headline (h1) and the page's own title (JSON-LD, og:title, <title> without the site name)
  // check each other: when one contains the other the longer wins (a kicker, a colon part); when
  // they disagree, a headline of a few words is more likely a section name than the article's.
  const pageTitle = metaTitle && !generic(metaTitle) ? withoutSiteName(metaTitle, out.siteName, host) : head.title ? withoutSiteName(head.title, out.siteName, host) : undefined;
  const docTitle = pageTitle === undefined ? undefined : withoutAuthorNames(pageTitle, uniq);
  const headline = input.headline && input.headline.length > 2 && !generic(input.headline) ? input.headline : undefined;
  let title: string | undefined;
  if (headline && docTitle) {
    const [h, d] = [squash(headline), squash(docTitle)];
    // The longer wins, except over a pipe: what a pipe adds to the headline is the site or section.
    // Longer as typed, not by typography: of "Alles hat seine Zeit…" (the h1) and "Alles hat seine
    // Zeit..." (og:title) readers see the headline's.
    const longer = plainTypography(docTitle).length > plainTypography(headline).length;
    if (d.includes(h) || h.includes(d)) title = longer && !pipedAfter(docTitle, headline) ? docTitle : headline;
    else title = headline.split(/\s+/).length >= 4 ? headline : docTitle;
  } else title = headline ?? docTitle;
  if (title) out.title = decodeEntities(title).replace(/\s+/gu, ' ').trim();

  const publishedRaw = [ld?.datePublished, firstOf(PUBLISHED_KEYS), input.timeInArticle ?? undefined, ld?.workPublished];
  let published: string | null = null;
  for (const r of publishedRaw) if (!published && r) published = normalizeDate(r);
  published ??= input.url ? dateInUrl(input.url) : null;
  // Not an embedded post's signature ("— Jane Doe (@janedoe) May 5, 2022"): its date is the post's, not the page's.
  for (const line of input.topLines) if (!published && !POST_HANDLE.test(line)) published = dateInText(line);
  if (published) out.published = published;
  const modRaw = ld?.dateModified ?? firstOf(MODIFIED_KEYS);
  const modified = modRaw ? normalizeDate(modRaw) : null;
  if (modified) out.modified = modified;

  const canonical = head.canonical ?? meta.get('og:url') ?? ld?.url;
  if (canonical && /^https?:\/\//.test(canonical)) out.canonicalUrl = canonical;
  const description = firstOf(['description', 'og:description', 'twitter:description', 'dc.description']);
  if (description) out.description = description;
  const language = head.lang ?? meta.get('content-language') ?? meta.get('og:locale') ?? meta.get('language') ?? ld?.inLanguage;
  if (language) out.language = language.trim().replace('_', '-');
  return out;
}
