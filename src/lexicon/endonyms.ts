/**
 * Languages by their own names, as a site's language switch lists them ("English", "Français", "Tiếng Việt",
 * "Bahasa Indonesia", "中文"), folded to lower case. Several name a language in other languages too ("English",
 * "Deutsch"): alone they are words of a text, in a run of lines they are the switch.
 */
export const ENDONYMS: ReadonlySet<string> = new Set([
  'english', 'deutsch', 'français', 'francais', 'español', 'espanol', 'italiano', 'português', 'portugues', 'nederlands',
  'polski', 'čeština', 'cestina', 'slovenčina', 'slovenščina', 'magyar', 'română', 'romana', 'hrvatski', 'srpski', 'bosanski',
  'svenska', 'dansk', 'norsk', 'norsk bokmål', 'suomi', 'íslenska', 'eesti', 'latviešu', 'lietuvių', 'català', 'euskara',
  'galego', 'türkçe', 'turkce', 'shqip', 'malti', 'gaeilge', 'cymraeg', 'lëtzebuergesch', 'rumantsch',
  'ελληνικά', 'русский', 'українська', 'беларуская', 'български', 'српски', 'македонски', 'қазақша', 'қазақ тілі',
  'עברית', 'العربية', 'فارسی', 'اردو', 'پښتو', 'kurdî', 'हिन्दी', 'हिंदी', 'বাংলা', 'தமிழ்', 'తెలుగు', 'मराठी', 'ગુજરાતી',
  'ਪੰਜਾਬੀ', 'ಕನ್ನಡ', 'മലയാളം', 'සිංහල', 'नेपाली', 'ไทย', 'ລາວ', 'ភាសាខ្មែរ', 'မြန်မာ', 'tiếng việt', 'bahasa indonesia',
  'bahasa melayu', 'bahasa malaysia', 'filipino', 'tagalog', 'kiswahili', 'swahili', 'afrikaans', 'isizulu', 'hausa',
  'yorùbá', 'አማርኛ', 'soomaali', 'عربي', '中文', '中国语', '中國語', '简体中文', '繁體中文', '繁体中文', '中文(简体)', '中文(繁體)', '日本語', '한국어',
  'ქართული', 'հայերեն', 'azərbaycan', 'oʻzbekcha', 'o‘zbek', 'монгол',
]);

/** A region or script after the name: "English (UK)", "Português (Brasil)", "中文 (简体)". */
const REGION = /\s*[(（][^()（）]{1,20}[)）]$/u;

/** The line is a language's own name alone, maybe with its region ("English", "Español (México)"). */
export const isEndonym = (line: string): boolean => {
  const trimmed = line.trim();
  // Lower-casing never shortens a text: a longer line is ruled out before it is copied.
  if (trimmed.length > 30) return false;
  const t = trimmed.toLowerCase();
  return t.length <= 30 && (ENDONYMS.has(t) || ((t.endsWith(')') || t.endsWith('）')) && ENDONYMS.has(t.replace(REGION, ''))));
};
