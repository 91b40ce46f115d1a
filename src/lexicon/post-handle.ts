/**
 * A handle in brackets: the signature of an embedded post ("— Jane Doe (@janedoe) May 16, 2018",
 * "Ein Beitrag geteilt von Anna (@anna.muster) am 21. Apr. 2019"). Its date is the post's, not the page's.
 */
export const POST_HANDLE = /\(@[\w.]+\)/u;
