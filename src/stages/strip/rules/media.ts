import { CAPTION_LABEL } from '../../../lexicon/caption-labels.js';
import { INITIAL_STOP } from '../../../lexicon/initials.js';
import { lettersOf } from '../features.js';
import type { LineRule } from '../types.js';
import { hasWord, lastVisible } from './fold.js';

/** Scripts (as features.ts names them) of which one character is a word or a syllable. */
const SYLLABLE_SCRIPTS: ReadonlySet<string> = new Set(['CJK', 'Hangul', 'Thai']);

const CYRILLIC = /[\u0400-\u04ff]/u;

/**
 * An embedded post's link and attribution in German, English, French, Spanish, Italian, Polish; and the note a print
 * or text version shows in place of an interactive element ("Besuchen Sie die Webseite, um dieses Element zu sehen.").
 */
const EMBED_PLACEHOLDER = new RegExp(
  String.raw`^(?:(?:besuchen sie|besuche) (?:die|unsere) (?:webseite|website|seite|online-ausgabe|online-version),? um (?:dieses|diesen|diese|den|das|die) \p{L}+ (?:zu sehen|anzusehen|anzuzeigen|zu nutzen)\.?|(?:visit|go to) (?:the|our) (?:web ?site|site|page|online version),? to (?:see|view|watch|use) (?:this|the) \p{L}+\.?|(?:view|see) this (?:post|photo|video|reel) on (?:instagram|facebook|tiktok|threads)|sieh dir diesen (?:beitrag|post|reel) auf (?:instagram|facebook|tiktok|threads) an|voir cette publication sur instagram|ver esta publicación en instagram|visualizza questo post su instagram|zobacz ten post na instagramie|(?:a post shared by|ein beitrag geteilt von|une publication partagée par|una publicación compartida por|un post condiviso da|post udostępniony przez) .{1,80}\(@[\w.]+\))$`,
  'iu',
);

/** Photo agencies and picture desks whose name closes a caption ("… - keystone", "Foto: dpa"). */
export const PHOTO_AGENCIES = [
  'keystone', 'keystone-sda', 'dpa', 'dpa-infocom', 'picture alliance', 'picture-alliance', 'afp', 'reuters', 'ap', 'epa', 'epa-efe', 'getty images',
  'getty', 'imago', 'imago images', 'shutterstock', 'istock', 'istockphoto', 'adobe stock', 'stock.adobe.com', 'fotolia', 'unsplash', 'pixabay', 'pexels',
  'sna', 'ria novosti', 'sputnik', 'tass', 'xinhua', 'anadolu', 'belga', 'anp', 'apa', 'ansa', 'kna', 'epd', 'sda', 'ddp', 'action press', 'ullstein bild',
  'privat', 'archiv', 'symbolbild', 'zvg', 'key',
];

const AGENCY_ALT = PHOTO_AGENCIES.map((a) => a.replace(/[.]/g, '\\.')).join('|');

/** The words that label a picture's credit before its colon: "Foto", "Фото", "Bildquelle", "Imagen", "Photo credit". */
export const PICTURE_CREDIT_LABEL = String.raw`(?:fotos?|фото|bild(?:er)?|bildquelle|photos?|image|images|imagen|imágenes|imagem|immagine|fotograf[ií]a|cr[ée]ditos?|picture|credits?|photo credits?|foto ?credits?|grafik|illustration|beitragsbild|titelbild|aufmacherbild|headerbild|kuva|zdjęcie)`;

/** "(Foto: REUTERS)", "Imagen: Télam", "Foto: dpa/Kay Nietfeld", "Bild: Getty Images", "Photo: AP", "Quelle: imago", "Image: John D. Carnessiotis on Flickr", "Фото: РИА Новости". */
const CREDIT_LINE = new RegExp(
  String.raw`^(?:\.\s+)?\(?\s*(?:${PICTURE_CREDIT_LABEL}|video|quelle(?=\s*:\s*(?:${AGENCY_ALT})\b))\s*:\s*(?:[^.!?]|\.(?=\S)|${INITIAL_STOP}){1,100}\.?\)?$`,
  'iu',
);

/** A caption ending with its credit: "… am 7. Dezember 2021. - keystone", "… (Symbolbild) / dpa". */
/** An old picture's mark after its agency: "Reuters file", "AP file", "dpa-Archiv". */
const FILE_MARK = String.raw`(?:\s*(?:/\s*|-)?(?:file|archive|archiv|handout|pool))?`;
/** A byline's label for the writer who took the pictures too, without its colon: "Text & Fotos", "Text und Bild" (strip/byline reads it too). */
export const TEXT_AND_PHOTOS_LABEL = String.raw`(?:[Tt]ext|[Ww]ords)\s*(?:und|and|&|\+|\/)\s*(?:[Ff]otos?|[Bb]ild(?:er)?|[Pp]hotos?|[Pp]ictures)`;
const TEXT_AND_PHOTOS = new RegExp(String.raw`^${TEXT_AND_PHOTOS_LABEL}\s*:`, 'iu');
const CAPTION_CREDIT_SUFFIX = new RegExp(String.raw`\s[-–—/|]\s*(?:©\s*)?(?:${AGENCY_ALT})${FILE_MARK}(?:\s*/\s*[\p{L} .-]{2,40})?\s*$`, 'iu');
/** A sentence glued to its credit, the space lost with the markup: "… isn't easy.Kathrin Ziegler/Getty", "… in Berlin.Reuters". */
const GLUED_SENTENCE = /\p{Ll}[.!?]["”’]?\p{Lu}/u;
const GLUED_CREDIT_TAIL = new RegExp(String.raw`[.!?]["”’]?(?:[\p{L}'’. -]{2,40}\s*/\s*)?(?:${AGENCY_ALT})${FILE_MARK}\s*$`, 'iu');

/** A capital letter of the agencies' names, A to Z or É. */
const isCapital = (c: number): boolean => (c >= 65 && c <= 90) || c === 0xc9;

/**
 * One sentence and the agency's name in capitals after it, as the Spanish and Latin American press closes a caption
 * ("Un grupo de pingüinos, en la Antártida el 11 de febrero pasado. EFE"). A text's last paragraph signed by its agency
 * runs longer, or writes the agency otherwise ("… ermittelt. (dpa)").
 */
const SENTENCE_THEN_AGENCY = /^[^.!?]{10,200}[.!?]["”’]?\s+(?:EFE|AFP|AP|REUTERS|EPA|ANSA|DPA|KEYSTONE|XINHUA|EUROPA PRESS|TÉLAM|NOTIMEX|GETTY IMAGES)(?:\s*\/\s*[\p{L} .-]{2,40})?$/u;

/**
 * A caption closed by a labelled credit or a stock-photo source: "… Evakuierung. Foto: Galli/Malteser",
 * "… (Foto: Getty)", "… gut getarnt. (mlharing / iStock.com)", "… mobilisieren. © Pferderevue".
 */
const CAPTION_CREDIT_TAIL = new RegExp(
  String.raw`(?:[.!?)”“"]\s*|\s)(?:\(\s*)?(?:(?:fotos?|фото|bild(?:er)?|bildquelle|photos?|images?|pictures?|pics?|credits?|grafik|illustration|titelbild|beitragsbild|abbildung|kuva|zdjęcie|fotó|beeld)\s*:\s*(?:[^.!?:]|\.(?=\S)|\s\.\s){2,80}|©\s*[^.!?]{2,60}|[^()]{0,40}\b(?:istock(?:photo)?|shutterstock|getty ?images|adobe ?stock|unsplash|pixabay|pexels|fotolia|pixelio|flickr)(?:\.(?:com|de))?[^()]{0,30}\))\)?\s*$`,
  'iu',
);

/**
 * What CAPTION_CREDIT_TAIL cannot match without, a cheap first test (that pattern is tried at every space):
 * a label's word and a colon, a ©, or a stock source in brackets that close the text (its third branch ends in ")").
 */
const CREDIT_LABEL_WORDS = ['foto', 'фото', 'bild', 'photo', 'image', 'pic', 'credit', 'grafik', 'illustration', 'kuva', 'zdjęcie', 'fotó', 'beeld'];
const STOCK_WORDS = ['istock', 'shutterstock', 'getty', 'adobe', 'unsplash', 'pixabay', 'pexels', 'fotolia', 'pixelio', 'flickr'];
const mayHaveCreditTail = (t: string): boolean =>
  (t.includes(':') && hasWord(t, CREDIT_LABEL_WORDS)) || t.includes('©') || (lastVisible(t) === ')' && hasWord(t, STOCK_WORDS));

const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/** A numbered figure caption: "Abb. 2: Holzschiffswerft um 1840", "Abbildung: Vergleich …", "Fig. 3: …". */
const FIGURE_LABEL = /^(?:abb\.|abbildung|fig\.|figure|grafik|schaubild|tabelle|table)\s*\d{0,3}[a-z]?\s*:\s*\S/iu;
/** The label such a page sets before a picture's credit (see CAPTION_LABEL): "Image copyright Getty Images". */
const COPYRIGHT_LABEL = /^(?:image|photo|picture|media) copyright\s*:?\s*\S[^.!?]{0,60}$/iu;

/** A caption with a picture-desk stamp: "… - SNA, 1920, 30.12.2021" (agency, image width, date). */
export const CAPTION_STAMP = /\s[-–—]\s*[\p{Lu}][\p{L}.&-]{1,20}(?: [\p{Lu}][\p{L}.&-]{1,20})?,\s*\d{3,4},\s*\d{1,2}\.\d{1,2}\.\d{4}\s*$/u;

/** "Photograph by EAG Antigua", "Photo courtesy of the city", "Foto von Anna Muster": a credit in words, naming someone. */
const CREDIT_BY = /^\(?(?:(?:[Ff]eatured|[Hh]eader|[Cc]over|[Tt]op|[Ll]ead) (?:[Ii]mage|[Pp]hoto)\s+|(?:[Pp]hoto(?:graph)?s?|PHOTO(?:GRAPH)?S?|[Ii]mages?|[Ii]llustrations?|[Pp]ictures?|[Ff]oto|FOTO|[Ff]otografie)\s+)(?:[Bb]y|BY|[Cc]ourtesy(?: of)?|[Vv]on|VON)\s*:?\s+(?:the\s+)?\p{Lu}[^.!?]{1,80}\.?\)?$/u;

/** Picture agencies and stock libraries: a line of one of them beside a name is a credit ("iStock/cjp"). */
const STOCK = String.raw`(?:istock(?:photo)?|shutterstock|getty ?images|adobe ?stock|stock\.adobe|imago(?: images)?|picture[- ]alliance|fotolia|unsplash|pixabay|pexels|ullstein ?bild|action press)(?:\.com)?`;
/** "iStock/cjp", "picture alliance / dpa", "Getty Images/iStockphoto", "mlharing / iStock.com": a bare stock credit. */
const STOCK_CREDIT = new RegExp(String.raw`^\(?(?:${STOCK}\s*/\s*[\p{L}\d .&_'’-]{2,50}|[\p{L}\d .&_'’-]{2,50}?\s*/\s*${STOCK})\)?$`, 'iu');

/**
 * A caption opened by its photographer's copyright, as a dump glues them: "© Lucy Nicholson Detainees at Otay Mesa
 * immigration detention center in San Diego, Calif., on May 18, 2018." Two or three capitalised words of the name, then
 * the caption, a capitalised word and four more words at least.
 */
const COPYRIGHT_THEN_CAPTION = /^©\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}\s+\p{Lu}\p{Ll}*(?:\s+\S+){4,}$/u;
/** A site's copyright notice, not a picture's: "Alle Rechte vorbehalten", "All rights reserved". */
const RIGHTS_NOTICE = /\b(?:all rights|rights reserved|alle rechte|rechte vorbehalten|tous droits|todos los derechos|nachdruck|reproduction)\b/iu;

/** A stock library's name alone, under its picture: "Getty Images", "(Shutterstock)". */
export const STOCK_ALONE = new RegExp(String.raw`^\(?${STOCK}\)?$`, 'iu');

/** The header of a box of picture credits: "Bildnachweis", "Bildquellen:", "Image credits". */
const CREDIT_HEADER = /^(?:bildnachweise?|bildquellen?|fotonachweise?|bildrechte|image credits?|photo credits?|picture credits?|cr[ée]dits? (?:photos?|images?)|créditos? (?:de )?(?:las )?(?:fotos?|imágenes))\s*:?$/iu;

/**
 * A wire service's photo caption: "In this Dec. 12, 2006, file photo, made available by NASA, …", "FILE PHOTO: A man walks …",
 * "FILE - In this …": the agencies' own caption style.
 */
/**
 * A wire service's credit in brackets closing a caption: "… The Islanders won 5-4. (AP Photo/Gene J. Puskar)",
 * "(AP Photo/Alan Diaz, File)", "(Reuters/Jane Doe)"; a gallery's caption toggle may follow it ("… Puskar) less").
 */
const WIRE_PHOTO_CREDIT = new RegExp(String.raw`\((?:${AGENCY_ALT})(?: (?:Photo|Foto|Images?|Pool))?\s?\/\s?[^()/]{2,60}\)(?:\s+(?:less|weniger))?\s*$`, 'iu');

const WIRE_PHOTO_CAPTION = /^(?:In this (?:[\p{L}.]+ \d{1,2}, \d{4},? |\d{4},? |[\p{L}]+,? )?(?:file |handout |undated |pool )?(?:photo|photograph|image|picture)\b(?:,| (?:provided|released|made available|taken|shows|from))|FILE(?: PHOTO)?\s*[:–-]\s+\p{Lu})/u;

/**
 * "© Matthias Hangst/Getty Images", "© ENERTRAG Betrieb GmbH / Fotograf: Jewgeni Roppel", "© Bild: WERK":
 * a copyright line naming a picture's owner and photographer or agency apart (a slash), or labelled as a
 * picture's; not a site's footer, which has a year or reserves rights ("© 2019 SlashGear, All Rights Reserved").
 */
const COPYRIGHT_CREDIT = new RegExp(
  String.raw`^(?:©|\(c\)|copyright)\s*(?!.*(?:\d{4}|\b(?:rights|rechte|reserved|vorbehalten|réservés)\b))(?=[^/]*\S\s*\/\s*\S|(?:fotos?|bild|photos?|image)\s*:)(?:[^.!?©]|\.(?=\S)|${INITIAL_STOP}){2,80}$`,
  'iu',
);

/** "© dpa", "Copyright Getty Images": a copyright notice naming a photo agency. */
const COPYRIGHT_AGENCY = new RegExp(String.raw`^(?:©|\(c\)|copyright)\s*(?:${AGENCY_ALT})\b[^.!?]{0,80}$`, 'iu');

export const mediaRules: LineRule[] = [
  {
    kind: 'line',
    id: 'strip/image-file-name',
    action: 'remove',
    description: 'An image or media file name standing alone ("d5fb7c27ec7a0384.jpg", "IMG_2031.JPG").',
    examples: { matches: ['d5fb7c27ec7a03849a5b26ad97b60ccf.jpg', 'IMG_2031.JPG', 'header-image-1200x630.webp'], keeps: ['Die Datei bild.jpg wurde gelöscht, sagte er.'] },
    test: (t) => /^[\w.,()%+~-]{1,200}\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic|mp4|webm|mov)$/iu.test(t),
  },
  {
    kind: 'line',
    id: 'strip/photo-credit',
    action: 'credit',
    description: 'A photo credit line ("(Foto: REUTERS)", "Bild: Getty Images", "© dpa", "© Matthias Hangst/Getty Images", "iStock/cjp"), or the header of a box of them ("Bildnachweis").',
    examples: {
      matches: ['(Foto: REUTERS)', 'Foto: www.k-einbruch.de', 'Beitragsbild: Titelseite der FAZ vom 2.4.2019, Ausriss.', 'Foto: dpa/Kay Nietfeld', 'Bild: Getty Images', '© dpa', 'Photo: AP', '© imago images/Sven Simon', 'Photograph by EAG Antigua', 'Photo by Jane Smith on Unsplash', 'Featured image by Alberto Riva/The Points Guy.', 'Foto von Anna Muster', 'iStock/cjp', 'picture alliance / dpa', 'mlharing / iStock.com', 'Bildnachweis', 'Image credits:', 'Image: John D. Carnessiotis on Flickr', 'Фото: РИА Новости', '© Matthias Hangst/Getty Images', '© ENERTRAG Betrieb GmbH / Fotograf: Jewgeni Roppel', '© Bild: WERK', '© methaphum / stock.adobe.com (Ausschnitt)', '© Nordex SE / U. Mertens', 'Image copyright Getty Images', 'Image copyright Reuters', 'Imagen: Télam', '. Imagen: Télam', 'Fotografía: EFE', 'Getty Images'],
      keeps: ['© 2005-2019 SlashGear, All Rights Reserved.', '© 2020 GPlusMedia Inc.', '© ScienceAlert Pty Ltd. All rights reserved.', '© dpa/Kay Nietfeld Die Kanzlerin spricht am Dienstag im Bundestag über die Lage im Land', 'Foto: Das Bild zeigt, wie die Soldaten abziehen. Es ist aus Kiew.', 'Die Fotos zeigen Soldaten.', 'Fotos von der Demonstration', 'Photos by the dozen were taken that day. None survived.', 'Foto: Hans M. zeigt das Haus. Es brannte.', 'Wer kauft Bilder bei iStock/Getty? Die Agenturen wachsen.'],
    },
    test: (t) =>
      t.length <= 140 &&
      (CREDIT_LINE.test(t) ||
        COPYRIGHT_AGENCY.test(t) ||
        (COPYRIGHT_CREDIT.test(t) && t.split(/\s+/).length <= 10) ||
        CREDIT_BY.test(t) ||
        COPYRIGHT_LABEL.test(t) ||
        (t.includes('/') && STOCK_CREDIT.test(t)) ||
        STOCK_ALONE.test(t) ||
        CREDIT_HEADER.test(t)),
  },
  {
    kind: 'line',
    id: 'strip/caption-with-credit',
    action: 'caption',
    description: 'An image caption carrying a credit or picture-desk stamp, or the label a page sets before a caption ("Abb. 2:", "Image caption", "Media caption"): kept apart from the body as a caption.',
    examples: {
      matches: [
        'Wladimir Putin sitzt an einem Tisch während des Gesprächs mit Joe Biden am 7. Dezember 2021. - keystone',
        "The road to retiring early isn't easy.Kathrin Ziegler/Getty",
        'The house where Adolf Hitler was born in Braunau am Inn, Austria.Leonhard Foeger / Reuters file',
        'Russlands Präsident Wladimir Putin am Telefon (Symbolbild) - SNA, 1920, 30.12.2021',
        '© SNA / Alexey Nikolsky / Zur BilddatenbankRusslands Präsident Wladimir Putin am Telefon (Symbolbild)',
        'Engagierte ehrenamtliche Frauen und Männer helfen bei der Evakuierung. Foto: Galli/Malteser',
        'Das Hermelin ist im Winter mit seinem weißen Fell gut getarnt. (mlharing / iStock.com)',
        'Kleine Beckenkreise mobilisieren. © Pferderevue',
        'Golf im TV: Die Übertragungszeiten der großen Turniere im Überblick. (Foto: Getty)',
        'Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com',
        'Министр на пресс-конференции в Киеве. Фото: УНИАН',
        // The label in Finnish, Polish, Hungarian and Dutch: "Kuva:", "Zdjęcie:", "Fotó:", "Beeld:".
        'Liittokansleri keskusteli keskiviikkona Berliinissä pääministerin kanssa. Kuva: Alexander Becher',
        'Premier podczas konferencji prasowej w Warszawie. Zdjęcie: Adam Nowak',
        'Die lachende Menge wird zum Mob. Bild: Gregory Batardon/Theater St . Gallen',
        'Abb. 2: Holzschiffswerft um 1840',
        'Abbildung: Vergleich auf dem Aletschgletscher.',
        'Protesters do not want Hong Kong to lose its autonomy (Image: getty )',
        'In this Dec. 12, 2006, file photo, made available by NASA, astronaut Robert L. Curbeam Jr., left, participates in a space walk.',
        'FILE PHOTO: A man walks past a logo of the company in Berlin, Germany, May 3, 2019.',
        'Media captionDrone footage shows mass burials in New York',
        "Image caption Taylor Swift's spat with Scooter Braun went public in June",
        'Bildunterschrift: Der Hafen von Hamburg am Morgen',
        '© Lucy Nicholson Detainees at Otay Mesa immigration detention center in San Diego, Calif., on May 18, 2018.',
        'Un grupo de pingüinos, en la Antártida el 11 de febrero pasado. EFE',
        'El presidente saluda a sus seguidores en Buenos Aires. TÉLAM',
        'Manifestantes frente al Congreso, en Madrid. EFE / Juan Pérez',
        'Vicente Aguiar loads garage door trims into his pickup truck outside a Home Depot in Hialeah, Fla. (AP Photo/Alan Diaz, File)',
        "New York Islanders' Brock Nelson (29) puts the game-winning overtime goal behind Pittsburgh Penguins goaltender Matt Murray (30). The Islanders won 5-4. (AP Photo/Gene J. Puskar) less",
      ],
      keeps: ['Putin sprach mit Biden - und drohte mit Konsequenzen, berichtete AP.', 'Das sagte er am Dienstag.Die Agentur AP berichtete zuerst.', 'Die Polizei ermittelt. (dpa)', 'El Gobierno aprobó la medida el martes. Según EFE, la votación fue unánime. EFE', 'Der Fotograf sagte: Bilder lügen nicht.', 'In this photo series the artist looks back at her childhood in the Alps.', 'Image captioning models describe what a picture shows.', 'The report was shared widely (AP/Reuters/AFP all carried it) within hours.', '© Verlag Der Tagesspiegel GmbH Alle Rechte vorbehalten, Nachdruck nur mit Genehmigung'],
    },
    test: (t) =>
      t.length <= 400 &&
      // The writer who took the pictures too is a byline's ("Text & Fotos: Ivan Valetny"): strip/byline reads it.
      !TEXT_AND_PHOTOS.test(t) &&
      (CAPTION_CREDIT_SUFFIX.test(t) ||
        (GLUED_SENTENCE.test(t) && GLUED_CREDIT_TAIL.test(t)) ||
        FIGURE_LABEL.test(t) ||
        CAPTION_LABEL.test(t) ||
        // The stamp ends in a year, the bracketed label in ")".
        (isDigit(lastVisible(t)) && CAPTION_STAMP.test(t)) ||
        (mayHaveCreditTail(t) && CAPTION_CREDIT_TAIL.test(t)) ||
        /^(?:©|\(c\))\s*[\p{L} .&-]{2,40}\s*\/\s*/iu.test(t) ||
        (t.startsWith('©') && COPYRIGHT_THEN_CAPTION.test(t) && !RIGHTS_NOTICE.test(t)) ||
        (lastVisible(t) === ')' && /\((?:symbolbild|archivbild|archiv|symbolfoto|illustration)\)\s*$/iu.test(t)) ||
        WIRE_PHOTO_CAPTION.test(t) ||
        (t.includes('/') && WIRE_PHOTO_CREDIT.test(t)) ||
        // (the agency's name in capitals ends the line, or a photographer's after a slash: most lines are ruled out by their last letter)
        (t.length <= 260 && (isCapital(t.charCodeAt(t.length - 1)) || t.includes('/')) && SENTENCE_THEN_AGENCY.test(t))),
  },
  {
    kind: 'line',
    id: 'strip/embed-placeholder',
    action: 'remove',
    description: 'The text an embedded social post shows in its place in a text dump: its link ("View this post on Instagram", "Sieh dir diesen Beitrag auf Instagram an") and its attribution ("A post shared by Anna (@anna)"). On HTML pages html/social-embed takes the whole embed. Also the note a print version shows for an interactive element ("Besuchen Sie die Webseite um dieses Element zu sehen.").',
    examples: {
      matches: ['View this post on Instagram', 'Sieh dir diesen Beitrag auf Instagram an', 'A post shared by Le Saint Chocolat (@le_saint_chocolat)', 'Ein Beitrag geteilt von Verbündete*r sein (@verbuendete_r_sein)', 'Voir cette publication sur Instagram', 'Besuchen Sie die Webseite um dieses Element zu sehen.', 'Visit the website to see this graphic.'],
      keeps: ['Ein Beitrag geteilt von Tausenden Nutzern löste die Debatte aus, sagte die Sprecherin.', 'Sie sah sich den Beitrag auf Instagram an und war empört.', 'Besuchen Sie die Webseite der Stadt, um die Öffnungszeiten zu sehen.'],
    },
    test: (t) => t.length <= 160 && EMBED_PLACEHOLDER.test(t),
  },
  {
    kind: 'line',
    id: 'strip/foreign-script',
    action: 'remove',
    description:
      'A line written in another script than the page (a Cyrillic template placeholder on a German page). On a Chinese, Japanese, Korean or Thai page, not a line that also holds its characters: a Japanese sentence around Latin product names ("Kindle for PCの起動ホットキーがKeePassと被る") is the page\'s.',
    examples: { matches: ['Заголовок открываемого материала', 'RTVI: Amnesty International: в Иране больше ста человек погибли в ходе протестов'], keeps: ['Wladimir Putin (Владимир Путин) sprach am Dienstag mit Joe Biden über die Lage.', 'Nach Gipfel mit Biden'] },
    test: (t, ctx, block) => {
      const p = ctx.profile(block.index);
      if (!p || p.script === ctx.script || p.script === 'Other' || t.length > 300) return false;
      // Chinese, Japanese, Korean and Thai write foreign names into their sentences, and one character of theirs is a
      // word or a syllable: a line with one is theirs. A line mostly in Cyrillic with a Latin name in it is still
      // Russian on an English page.
      if (SYLLABLE_SCRIPTS.has(ctx.script) && lettersOf(t, ctx.script) > 0) return false;
      return `${p.script} on a ${ctx.script} page`;
    },
  },
  {
    kind: 'line',
    id: 'strip/lookalike-letters',
    action: 'remove',
    description:
      'A line whose words mix Latin and Cyrillic letters inside the word: text disguised with lookalike letters (Cyrillic "о", "е", "і" for Latin ones), as ads and spam write it to get past filters. No language writes a word in two scripts.',
    examples: {
      matches: ['Yоur соntеnt іѕ dеlіvеrеd іnѕtаntlу tо thоuѕаndѕ оf uѕеrѕ!', 'Соntасt uѕ аt marketing@example.com оr саll uѕ'],
      keeps: ['Wladimir Putin (Владимир Путин) sprach am Dienstag mit Joe Biden über die Lage.', 'Die КГБ-Akten wurden 1991 geöffnet, berichtet der Historiker.', 'Москва и Berlin: ein Vergleich'],
    },
    test: (t) => {
      if (!CYRILLIC.test(t) || !/[A-Za-z]/.test(t)) return false;
      const words = t.match(/\p{L}+/gu) ?? [];
      const mixed = words.filter((w) => CYRILLIC.test(w) && /[A-Za-z]/.test(w)).length;
      return mixed >= 3 && mixed >= words.length * 0.3 ? `${mixed} of ${words.length} words in two scripts` : false;
    },
  },
];
