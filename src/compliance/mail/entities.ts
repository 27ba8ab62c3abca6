// HTML character references, decoded by the engine's htmlparser2 tree builder itself: htmlparser2
// scans text and attribute values several times faster with its own decoding switched off (it can
// then skip ahead to the next "<" or quote), which matters on megabyte bodies.
//
// Covers numeric references (with the HTML5 replacements) and the named references of HTML 4
// (Latin-1, symbols, Greek, punctuation) plus &apos; — what mail clients write. A named reference
// outside this table is left as written.

const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro ' +
  'para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil ' +
  'Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave ' +
  'Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml ' +
  'igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute ' +
  'thorn yuml';
const GREEK_UPPER =
  'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho - Sigma Tau Upsilon Phi Chi Psi Omega';
const GREEK_LOWER =
  'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon phi chi psi omega';
const OTHERS: Record<string, number> = {
  quot: 34,
  amp: 38,
  apos: 39,
  lt: 60,
  gt: 62,
  OElig: 338,
  oelig: 339,
  Scaron: 352,
  scaron: 353,
  Yuml: 376,
  fnof: 402,
  circ: 710,
  tilde: 732,
  thetasym: 977,
  upsih: 978,
  piv: 982,
  ensp: 8194,
  emsp: 8195,
  thinsp: 8201,
  zwnj: 8204,
  zwj: 8205,
  lrm: 8206,
  rlm: 8207,
  ndash: 8211,
  mdash: 8212,
  lsquo: 8216,
  rsquo: 8217,
  sbquo: 8218,
  ldquo: 8220,
  rdquo: 8221,
  bdquo: 8222,
  dagger: 8224,
  Dagger: 8225,
  bull: 8226,
  hellip: 8230,
  permil: 8240,
  prime: 8242,
  Prime: 8243,
  lsaquo: 8249,
  rsaquo: 8250,
  oline: 8254,
  frasl: 8260,
  euro: 8364,
  image: 8465,
  weierp: 8472,
  real: 8476,
  trade: 8482,
  alefsym: 8501,
  larr: 8592,
  uarr: 8593,
  rarr: 8594,
  darr: 8595,
  harr: 8596,
  crarr: 8629,
  lArr: 8656,
  uArr: 8657,
  rArr: 8658,
  dArr: 8659,
  hArr: 8660,
  forall: 8704,
  part: 8706,
  exist: 8707,
  empty: 8709,
  nabla: 8711,
  isin: 8712,
  notin: 8713,
  ni: 8715,
  prod: 8719,
  sum: 8721,
  minus: 8722,
  lowast: 8727,
  radic: 8730,
  prop: 8733,
  infin: 8734,
  ang: 8736,
  and: 8743,
  or: 8744,
  cap: 8745,
  cup: 8746,
  int: 8747,
  there4: 8756,
  sim: 8764,
  cong: 8773,
  asymp: 8776,
  ne: 8800,
  equiv: 8801,
  le: 8804,
  ge: 8805,
  sub: 8834,
  sup: 8835,
  nsub: 8836,
  sube: 8838,
  supe: 8839,
  oplus: 8853,
  otimes: 8855,
  perp: 8869,
  sdot: 8901,
  lceil: 8968,
  rceil: 8969,
  lfloor: 8970,
  rfloor: 8971,
  lang: 10216,
  rang: 10217,
  loz: 9674,
  spades: 9824,
  clubs: 9827,
  hearts: 9829,
  diams: 9830,
  AMP: 38,
  LT: 60,
  GT: 62,
  QUOT: 34,
  COPY: 169,
  REG: 174,
};

const NAMED = new Map<string, number>();
/** Names HTML also accepts without the ";" (legacy), longest first for prefix matching. */
let LEGACY: string[] = [];

function init(): void {
  if (NAMED.size > 0) return;
  LATIN1.split(' ').forEach((n, i) => NAMED.set(n, 160 + i));
  GREEK_UPPER.split(' ').forEach((n, i) => n !== '-' && NAMED.set(n, 913 + i));
  GREEK_LOWER.split(' ').forEach((n, i) => NAMED.set(n, 945 + i));
  for (const [n, c] of Object.entries(OTHERS)) NAMED.set(n, c);
  LEGACY = [...LATIN1.split(' '), 'amp', 'lt', 'gt', 'quot', 'AMP', 'LT', 'GT', 'QUOT', 'COPY', 'REG'].sort(
    (a, b) => b.length - a.length,
  );
}

// Windows-1252 code points the HTML standard substitutes for numeric references 0x80–0x9F.
const C1: Record<number, number> = {
  0x80: 0x20ac,
  0x82: 0x201a,
  0x83: 0x0192,
  0x84: 0x201e,
  0x85: 0x2026,
  0x86: 0x2020,
  0x87: 0x2021,
  0x88: 0x02c6,
  0x89: 0x2030,
  0x8a: 0x0160,
  0x8b: 0x2039,
  0x8c: 0x0152,
  0x8e: 0x017d,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x98: 0x02dc,
  0x99: 0x2122,
  0x9a: 0x0161,
  0x9b: 0x203a,
  0x9c: 0x0153,
  0x9e: 0x017e,
  0x9f: 0x0178,
};

function fromNumeric(cp: number): string {
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(C1[cp] ?? cp);
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

// The result of decodeAt (module-level, to avoid an allocation per reference).
let decodedText = '';
let decodedEnd = 0;

/** Decodes the reference at raw[amp] === "&"; false when there is none there. */
function decodeAt(raw: string, amp: number, inAttribute: boolean): boolean {
  let j = amp + 1;
  const c = raw.charCodeAt(j);
  if (c === 35 /* # */) {
    j++;
    const hex = raw.charCodeAt(j) === 120 || raw.charCodeAt(j) === 88; // x X
    if (hex) j++;
    const digitsStart = j;
    while (
      j < raw.length &&
      (hex ? isHex(raw.charCodeAt(j)) : raw.charCodeAt(j) >= 48 && raw.charCodeAt(j) <= 57)
    )
      j++;
    if (j === digitsStart) return false;
    const digits = raw.slice(digitsStart, j);
    const cp = digits.length > 8 ? 0x110000 : parseInt(digits, hex ? 16 : 10);
    decodedText = fromNumeric(cp);
    decodedEnd = raw.charCodeAt(j) === 59 /* ; */ ? j + 1 : j;
    return true;
  }
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  while (j < raw.length && isAlnum(raw.charCodeAt(j))) j++;
  const name = raw.slice(amp + 1, j);
  if (raw.charCodeAt(j) === 59 /* ; */) {
    const cp = NAMED.get(name);
    if (cp !== undefined) {
      decodedText = String.fromCharCode(cp);
      decodedEnd = j + 1;
      return true;
    }
  }
  // No ";" (or an unknown name): the longest legacy name that prefixes it.
  const legacy = LEGACY.find((l) => name.startsWith(l));
  if (legacy === undefined) return false;
  const end = amp + 1 + legacy.length;
  if (inAttribute && end < raw.length) {
    const after = raw.charCodeAt(end);
    if (isAlnum(after) || after === 61 /* = */) return false;
  }
  decodedText = String.fromCharCode(NAMED.get(legacy) as number);
  decodedEnd = end;
  return true;
}

/**
 * Decodes character references in text (`inAttribute` false) or in an attribute value, where a
 * legacy reference without ";" followed by a letter, digit or "=" stays as written.
 */
export function decodeEntities(raw: string, inAttribute = false): string {
  let amp = raw.indexOf('&');
  if (amp === -1) return raw;
  init();
  let out = '';
  let last = 0;
  while (amp !== -1) {
    if (decodeAt(raw, amp, inAttribute)) {
      out += raw.slice(last, amp) + decodedText;
      last = decodedEnd;
      amp = raw.indexOf('&', last);
    } else {
      amp = raw.indexOf('&', amp + 1);
    }
  }
  return out + raw.slice(last);
}
