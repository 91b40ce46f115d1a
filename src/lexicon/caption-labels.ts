/**
 * The label a page sets before an image's caption for screen readers, which text dumps and
 * extracted texts keep: "Image caption Scooter Braun has managed …", "Media captionDrone footage
 * shows …" (glued, as a dump joins the label's element to the caption's), "Bildunterschrift: …".
 * With what parts it from the caption: a colon, a space before a capital, a figure or a quote, or
 * nothing before a capital. Case-sensitive: under `i`, \p{Lu} matches every letter and could not
 * tell the glued caption's start.
 */
export const CAPTION_LABEL = /^(?:(?:[Ii]mage|IMAGE|[Mm]edia|MEDIA|[Pp]hoto|PHOTO|[Pp]icture|[Vv]ideo) (?:caption|CAPTION)|[Bb]ildunterschrift|[Bb]ildtext|[Ll]égende)(?:\s*:\s*|\s+(?=[\p{Lu}\d"„“‘'])|(?=\p{Lu}))(?=\S)/u;
