/** A site's address written as its name ("24horas.cl", "www.haufe.de", "STERN.de", "CNN.com"): the publisher, not a writer or a headline. */
export const SITE_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:[a-z]{2}|com|net|org|info|biz|eu|news|online|media|blog)\/?$/iu;
