import type { LineRule } from '../types.js';
import { UI_HEAD, UI_TAIL, wholeLine } from './words.js';

/** Words of a site's interface that are never article text when they stand alone on a line. */
const UI_WORDS = [
  'loader', 'loading', 'lädt', 'wird geladen', 'live', 'newsticker', 'liveticker', 'ticker', 'chats?', 'neueste oben', 'älteste oben',
  'teilen', 'share', 'tweet', 'drucken', 'print', 'e-?mail', 'mail', 'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin',
  'xing', 'pinterest', 'instagram', 'youtube', 'tiktok', 'reddit', 'flipboard', 'pocket', 'messenger', 'kopieren', 'link kopieren', 'copy link',
  'menü', 'menu', 'navigation', 'suche', 'suchen', 'search', 'schließen', 'close', 'zurück', 'back', 'weiter', 'next', 'previous', 'vorherige?',
  'nächste', 'nach oben', 'zum seitenanfang', 'back to top', 'top', 'startseite', 'home', 'homepage', 'login', 'log in', 'logout', 'anmelden',
  'abmelden', 'registrieren', 'sign in', 'sign up', 'register', 'mein konto', 'my account', 'konto', 'profil', 'merken', 'gemerkt', 'speichern',
  'save', 'bookmark', 'folgen', 'follow', 'abonnieren', 'subscribe', 'jetzt abonnieren', 'abo', 'abos', 'newsletter', 'podcast', 'podcasts', 'video',
  'videos', 'audio', 'bilder', 'fotos', 'galerie', 'bildergalerie', 'fotostrecke', 'zur bilddatenbank', 'vorlesen', 'artikel vorlesen',
  'anhören', 'listen', 'permalink', 'rss', 'impressum', 'datenschutz', 'datenschutzerklärung', 'agb', 'kontakt', 'contact', 'privacy policy',
  'privacy', 'terms', 'terms of use', 'cookies', 'cookie-einstellungen', 'cookie settings', 'einstellungen', 'settings', 'hilfe', 'help', 'faq',
  'sitemap', 'mediadaten', 'jobs', 'karriere', 'über uns', 'about', 'about us', 'werben', 'archiv', 'archive', 'themen', 'ressorts', 'rubriken',
  'kategorien', 'categories', 'tags', 'schlagworte', 'alle', 'all', 'plus', 'premium', 'exklusiv', 'anzeigen', 'ausblenden', 'einblenden',
  'antworten', 'reply', 'melden', 'report', 'like', 'gefällt mir', 'dislike', 'sortieren', 'sort', 'filter', 'ok', 'akzeptieren', 'accept',
  'ablehnen', 'decline', 'zustimmen', 'alle akzeptieren', 'accept all', 'mehr', 'more', 'hier', 'here', 'klicken sie hier', 'click here',
  'inhalt', 'inhaltsverzeichnis', 'contents', 'table of contents', 'toggle', 'a', 'b', 'dossier', 'audio-player', 'player',
];
const UI_LINE = wholeLine([`${UI_HEAD}(?:${UI_WORDS.join('|')})${UI_TAIL}`]);

/** A line made only of UI words glued or stacked together ("Neueste obenÄlteste oben", "Teilen Drucken"). */
const UI_WORD_SEQUENCE = new RegExp(`^(?:${UI_HEAD}(?:${UI_WORDS.filter((w) => w.length > 2).join('|')})${UI_TAIL}[\\s|/·•]*){2,8}$`, 'iu');

export const siteUiRules: LineRule[] = [
  {
    kind: 'line',
    id: 'strip/ui-word',
    action: 'remove',
    description: 'A site interface word alone on a line: ticker and player controls, share buttons, menus, account links.',
    examples: {
      matches: ['loader', 'Live', 'Chats', 'Newsticker', 'Neueste obenÄlteste oben', 'Teilen', 'Facebook Twitter WhatsApp', 'Abonnieren', 'Impressum'],
      keeps: ['Live-Übertragung aus Moskau beendet', 'Das Teilen von Daten ist umstritten.', 'Kontakt zu den Separatisten'],
    },
    test: (t) => t.length <= 80 && (UI_LINE.test(t) || UI_WORD_SEQUENCE.test(t)),
  },
  {
    kind: 'line',
    id: 'strip/ad-label',
    action: 'remove',
    description: 'An ad label ("Anzeige", "Werbung", "Advertisement", "Sponsored").',
    examples: { matches: ['Anzeige', 'ANZEIGE', 'Werbung', 'Advertisement', 'Sponsored', '- Anzeige -'], keeps: ['Die Anzeige wurde am Montag erstattet.'] },
    test: (t) => wholeLine([String.raw`[-–•|\s]*(?:anzeige|werbung|advertisement|advertising|sponsored|sponsored content|gesponsert|promotion|ad|ads|reklame|partnerinhalt|paid content)[-–•|:\s]*`]).test(t),
  },
  {
    kind: 'line',
    id: 'strip/comment-prompt',
    action: 'remove',
    description: 'Comment section prompts and headers: log in to comment, write a comment, "Kommentare".',
    examples: {
      matches: ['Kommentare', 'Um an der Diskussion teilzunehmen,', 'loggen Sie sich ein oder registrieren Sie sich', 'Kommentar schreiben', 'Leave a Reply', 'Log in to comment', 'Diskutieren Sie mit!'],
      keeps: ['Die Kommentare des Kremls waren deutlich.', 'Kommentar: Putin spielt auf Zeit'],
    },
    test: (t) =>
      wholeLine([
        String.raw`${UI_HEAD}(?:\d+\s+)?(?:kommentare?|leserkommentare|comments?|diskussion|discussion|responses?)(?:\s*\(\d+\))?${UI_TAIL}`,
        String.raw`(?:kommentar|comment|antwort) (?:schreiben|verfassen|hinzufügen|abgeben|posten)${UI_TAIL}`,
        String.raw`(?:leave|post|write|add) a (?:reply|comment|response)${UI_TAIL}`,
        String.raw`(?:log ?in|sign in|register) to (?:comment|reply|post)${UI_TAIL}`,
        String.raw`(?:diskutieren|kommentieren) sie mit${UI_TAIL}`,
        String.raw`um (?:an der diskussion teilzunehmen|zu kommentieren|kommentieren zu können|einen kommentar (?:zu )?(?:schreiben|verfassen))[,.:]?`,
        String.raw`(?:loggen|melden) sie sich (?:bitte )?an(?: oder registrieren sie sich)?[.!]?`,
        String.raw`loggen sie sich ein(?: oder registrieren sie sich)?[.!]?`,
        String.raw`(?:sie müssen )?(?:angemeldet|eingeloggt) sein,? um (?:zu kommentieren|einen kommentar [\p{L} ]+)[.!]?`,
        String.raw`you must be logged in to post a comment[.!]?`,
        String.raw`(?:noch )?keine kommentare(?: vorhanden)?[.!]?|no comments(?: yet)?[.!]?|sei der erste,? der (?:kommentiert|einen kommentar schreibt)[.!]?|be the first to comment[.!]?`,
      ]).test(t),
  },
  {
    kind: 'line',
    id: 'strip/registration-box',
    action: 'remove',
    description: 'Registration, login and account messages ("Registrierung erfolgreich abgeschlossen!", confirm-your-e-mail prompts).',
    examples: {
      matches: ['Registrierung erfolgreich abgeschlossen!', 'Klicken Sie bitte den Link aus der E-Mail, die an geschickt wurde', 'Passwort vergessen?', 'Jetzt kostenlos registrieren'],
      keeps: ['Die Registrierung der Wähler ist abgeschlossen, teilte die Behörde mit.'],
    },
    test: (t) =>
      t.length <= 160 &&
      (/^(?:registrierung|anmeldung|registration|sign-?up|login|anmelden)\b.{0,30}\b(?:erfolgreich|abgeschlossen|successful|complete)/iu.test(t) ||
        /\b(?:klicken|click)\b.{0,40}\blink\b.{0,40}\b(?:e-?mail|mail)\b/iu.test(t) ||
        /\b(?:bestätigen|confirm|verify)\b.{0,30}\b(?:e-?mail|adresse|address)\b/iu.test(t) ||
        /^(?:passwort|password|kennwort) (?:vergessen|forgotten|forgot)\??$/iu.test(t) ||
        /^(?:jetzt )?(?:kostenlos |gratis )?(?:registrieren|anmelden|einloggen|sign up|register)(?: (?:und|and) .{0,40})?[.!]?$/iu.test(t) ||
        /^(?:noch kein|sie haben noch kein|don'?t have an?) (?:konto|account|benutzerkonto)/iu.test(t)),
  },
  {
    kind: 'line',
    id: 'strip/newsletter-box',
    action: 'remove',
    description: 'Newsletter and subscription boxes and their consent lines.',
    examples: {
      matches: [
        'Ich möchte gerne Nachrichten und redaktionelle Artikel von der n-tv Nachrichtenfernsehen GmbH per E-Mail erhalten.',
        'Melden Sie sich für unseren Newsletter an',
        'Sign up for our newsletter',
        'Jetzt Newsletter abonnieren',
      ],
      keeps: ['Der Newsletter des Ministeriums warnte vor der Eskalation, hieß es in Kiew.'],
    },
    test: (t) =>
      t.length <= 300 &&
      (/\b(?:per|via|by) e-?mail (?:erhalten|informiert werden|zugeschickt bekommen|receive)\b/iu.test(t) ||
        /^(?:ich möchte|ja, ich möchte|i (?:would like|want)) .{0,160}\b(?:erhalten|receive|abonnieren|subscribe)\b/iu.test(t) ||
        /^(?:jetzt |hier )?(?:(?:zum|für den|unseren?) )?newsletter(?:-| )?(?:abonnieren|anmelden|bestellen|anmeldung)\b/iu.test(t) ||
        /^(?:melden sie sich|registrieren sie sich|abonnieren sie|sign up|subscribe)\b.{0,60}\bnewsletter\b/iu.test(t) ||
        /\b(?:abmeldung|abbestellen|unsubscribe)\b.{0,60}\b(?:jederzeit|at any time|möglich)\b/iu.test(t)),
  },
  {
    kind: 'line',
    id: 'strip/legal-footer',
    action: 'remove',
    description: 'Copyright and rights notices of the site ("© 2021 Verlag GmbH", "Alle Rechte vorbehalten").',
    examples: {
      matches: ['© Frankfurter Allgemeine Zeitung GmbH 2001–2020', 'Alle Rechte vorbehalten.', 'Copyright © 2023 Example Media. All rights reserved.'],
      keeps: ['Das Urheberrecht schützt auch Fotos, sagte die Richterin.'],
    },
    test: (t) =>
      t.length <= 200 &&
      (/^(?:copyright\s*)?(?:©|\(c\))\s*(?:copyright\s*)?(?:\d{4}|[\p{L}\p{N} .&,-]{2,60}\b(?:gmbh|ag|kg|verlag|media|medien|zeitung|inc|ltd|llc|group|gruppe|se)\b)/iu.test(t) ||
        /\b(?:alle rechte vorbehalten|all rights reserved)\b/iu.test(t)),
  },
];
