/** Month names and date shapes shared by the strip rules (date stamps) and the dates stage. */
export const MONTHS_DE = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'] as const;
export const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

/** Month-name alternation (German and English, full and abbreviated: "Dez.", "Sept", "Jän."). */
export const MONTH_NAME = String.raw`(?:jan(?:uar|uary)?|jän(?:ner)?|feb(?:ruar|ruary)?|mär(?:z)?|mar(?:ch)?|apr(?:il)?|mai|may|jun(?:i|e)?|jul(?:i|y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dez(?:ember)?|dec(?:ember)?)\.?`;

/** A whole date in any common shape: ISO, dotted German, day-month-name, month-name-day, year-month. */
export const DATE_TOKEN = String.raw`(?:\d{4}-\d{2}(?:-\d{2})?(?:T[\d:.+Z-]+)?|\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.?\s+${MONTH_NAME}\s+\d{4}|${MONTH_NAME}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})`;
