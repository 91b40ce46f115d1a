/**
 * The names of icon-font glyphs (Material Icons' and Symbols' ligatures) that a text dump keeps where
 * the page showed a symbol: "keyboard_arrow_down" beside a menu item, "lock_open" on a sign-in
 * button. Only names of two words or more, joined by underscores: nothing else in a text is spelt
 * so except code, and code has other names ("user_id"). A name may be glued to the word before it
 * ("Show sub menukeyboard_arrow_down"), not to the one after it.
 */
export const ICON_NAME = new RegExp(
  `(?:${[
    'keyboard_(?:arrow_(?:up|down|left|right)|backspace|return|double_arrow_(?:up|down|left|right))',
    'arrow_(?:forward|back|upward|downward|drop_down|drop_up|left|right|right_alt|left_alt|outward|circle_(?:up|down|left|right))(?:_ios(?:_new)?)?',
    'double_arrow', 'chevron_(?:left|right)', 'expand_(?:more|less|circle_down|circle_up)', 'navigate_(?:next|before)', 'more_(?:vert|horiz)', 'open_in_(?:new|full|browser)',
    'first_page', 'last_page', 'north_east', 'south_east', 'call_made', 'subdirectory_arrow_(?:left|right)', 'lock_(?:open|outline|person|clock)', 'filter_(?:none|list|alt)',
    'play_(?:arrow|circle(?:_outline|_filled)?)', 'pause_circle(?:_outline|_filled)?', 'volume_(?:up|down|off|mute)', 'fullscreen_exit', 'zoom_(?:in|out)(?:_map)?', 'photo_camera', 'photo_library', 'picture_as_pdf',
    'account_(?:circle|box)', 'person_(?:outline|add|pin)', 'manage_accounts', 'shopping_(?:cart|bag|basket)', 'add_shopping_cart', 'local_(?:offer|shipping|phone|mall|activity)',
    'favorite_border', 'star_(?:border|half|outline|rate)', 'thumb_(?:up|down)(?:_off)?(?:_alt)?', 'bookmark_(?:border|add|added|outline)',
    '(?:check|add|remove|help|info|error|cancel)_(?:circle_)?outline', '(?:check|add|remove|play|pause)_circle', 'content_copy', 'file_(?:download|upload|copy)', 'cloud_(?:download|upload)', 'ios_share',
    'mail_outline', 'alternate_email', 'phone_(?:iphone|android|in_talk)', 'chat_bubble(?:_outline)?', 'mode_comment', 'insert_comment', 'forum_outline', 'access_time', 'date_range', 'event_note', 'calendar_today',
    'format_quote', 'library_books', 'menu_book', 'view_(?:list|module|headline|comfy)', 'grid_view', 'dark_mode', 'light_mode', 'notifications_(?:none|active|outline)', 'search_off',
  ].join('|')})(?![\p{L}\d_])`,
  'u',
);
const ICON_NAMES = new RegExp(ICON_NAME.source, 'gu');

/**
 * The line as the page showed it, without the names of its icons ("filter_none WEITERE BEITRÄGE ZU
 * DIESEM ARTIKEL" reads "WEITERE BEITRÄGE ZU DIESEM ARTIKEL"); the line itself when it has none,
 * or nothing else (strip/icon-name takes such a line). The line rules read lines so
 * (strip/index.ts), as they read a button's icon glyph beside its word.
 */
export function withoutIconNames(text: string): string {
  if (!text.includes('_')) return text;
  const out = text.replace(ICON_NAMES, ' ').replace(/\s{2,}/g, ' ').trim();
  return out ? out : text;
}
