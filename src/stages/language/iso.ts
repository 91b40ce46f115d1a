/** ISO 639-3 (franc) → ISO 639-1 for the languages franc can tell apart that have a 639-1 code. */
export const ISO6393_TO_1: Readonly<Record<string, string>> = {
  deu: 'de', eng: 'en', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', pol: 'pl', rus: 'ru', ukr: 'uk', ces: 'cs',
  slk: 'sk', slv: 'sl', hrv: 'hr', srp: 'sr', bos: 'bs', bul: 'bg', ron: 'ro', hun: 'hu', fin: 'fi', est: 'et', lvs: 'lv',
  lit: 'lt', swe: 'sv', dan: 'da', nob: 'nb', nno: 'nn', isl: 'is', ell: 'el', tur: 'tr', ara: 'ar', arb: 'ar', heb: 'he',
  pes: 'fa', urd: 'ur', hin: 'hi', ben: 'bn', cmn: 'zh', jpn: 'ja', kor: 'ko', vie: 'vi', tha: 'th', ind: 'id', zlm: 'ms',
  tgl: 'tl', cat: 'ca', eus: 'eu', glg: 'gl', gle: 'ga', cym: 'cy', ltz: 'lb', afr: 'af', swh: 'sw', als: 'sq', mkd: 'mk',
  bel: 'be', kaz: 'kk', uzn: 'uz', azj: 'az', hye: 'hy', kat: 'ka', epo: 'eo', lat: 'la',
};

export const toIso6391 = (code3: string): string => ISO6393_TO_1[code3] ?? 'und';

/** A declared language tag (`de-CH`, `de_DE`, `German`) to ISO 639-1, or null. */
export const tagToIso6391 = (tag: string | undefined): string | null => {
  if (!tag) return null;
  const m = /^([a-z]{2,3})(?:[-_].*)?$/i.exec(tag.trim());
  if (!m?.[1]) return null;
  const code = m[1].toLowerCase();
  if (code.length === 2) return code;
  return ISO6393_TO_1[code] ?? null;
};
