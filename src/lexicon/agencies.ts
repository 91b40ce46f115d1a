/** News agencies, as they sign articles ("Keystone-SDA", "fzö/dpa", "(Reuters)"). Canonical spelling first. */
export const NEWS_AGENCIES: ReadonlyArray<readonly [canonical: string, ...aliases: string[]]> = [
  ['dpa', 'dpa-afx', 'dpa-AFX', 'dpa/tmn'],
  ['Reuters'],
  ['AFP', 'Agence France-Presse'],
  ['AP', 'Associated Press'],
  ['Keystone-SDA', 'SDA', 'sda'],
  ['APA'],
  ['KNA'],
  ['epd'],
  ['sid', 'SID'],
  ['dts'],
  ['ddp'],
  ['EFE', 'Agencia EFE'],
  ['ANSA', 'Agenzia ANSA'],
  ['Bloomberg'],
  ['TASS'],
  ['RIA Novosti'],
  ['Xinhua'],
  ['AWP'],
  ['Belga'],
  ['ANP'],
  ['PAP'],
  ['Europa Press'],
  ['Lusa', 'Agência Lusa'],
  ['Kyodo'],
  ['Yonhap'],
  ['AAP'],
  ['PTI'],
  ['ČTK', 'CTK'],
  ['MTI'],
  ['Kathpress'],
  ['SP-X', 'Spotpress'],
  ['UPI', 'United Press International'],
  ['dapd'],
  ['IANS'],
  ['NTB'],
  ['STT'],
  ['Ritzau'],
];

const lookup = new Map<string, string>();
for (const [canonical, ...aliases] of NEWS_AGENCIES) {
  for (const name of [canonical, ...aliases]) lookup.set(name.toLowerCase(), canonical);
}

/** The canonical agency for a name, case-insensitive (`reuters` → `Reuters`), or null. */
export const agencyOf = (name: string): string | null => lookup.get(name.trim().toLowerCase()) ?? null;

/** Regex alternation of every agency spelling, longest first (for "(Reuters)", "/dpa"). */
export const AGENCY_PATTERN = [...lookup.keys()]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
