// Decodes HTML character references (&amp; &eacute; &#8364; &#x20AC;) in text and attribute values,
// following the HTML standard's tokenizer for the names it knows: numeric references with their
// replacements (0, surrogates and values past U+10FFFF become U+FFFD; 0x80–0x9F are read as
// Windows-1252), the legacy names that need no semicolon, and in attributes the rule that such a
// name followed by "=" or a letter or digit is left alone.
//
// The names are HTML 4's 253 (Latin-1, symbols and Greek, typography) plus &apos; and the
// upper-case AMP/LT/GT/QUOT/COPY/REG: what mail clients write. HTML5's other ~2,000 names (such as
// &NotNestedGreaterGreater;) are left as written. The full table, the `entities` package's trie,
// is 13 KB gzip: a quarter of the send-time handler's budget (see docs/decisions.md).

/** Latin-1's names, in code-point order from U+00A0 (all of them legacy: no semicolon needed). */
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 ' +
  'sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc ' +
  'Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve ' +
  'Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute ' +
  'acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ' +
  'ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

/** Names with their code points in hex; a trailing "*" marks a legacy name (no semicolon needed). */
const OTHERS =
  'quot:22* amp:26* lt:3c* gt:3e* QUOT:22* AMP:26* LT:3c* GT:3e* COPY:a9* REG:ae* apos:27 ' +
  'OElig:152 oelig:153 Scaron:160 scaron:161 Yuml:178 fnof:192 circ:2c6 tilde:2dc ' +
  'thetasym:3d1 upsih:3d2 piv:3d6 ensp:2002 emsp:2003 thinsp:2009 zwnj:200c zwj:200d lrm:200e ' +
  'rlm:200f ndash:2013 mdash:2014 lsquo:2018 rsquo:2019 sbquo:201a ldquo:201c rdquo:201d ' +
  'bdquo:201e dagger:2020 Dagger:2021 bull:2022 hellip:2026 permil:2030 prime:2032 Prime:2033 ' +
  'lsaquo:2039 rsaquo:203a oline:203e frasl:2044 euro:20ac image:2111 weierp:2118 real:211c ' +
  'trade:2122 alefsym:2135 larr:2190 uarr:2191 rarr:2192 darr:2193 harr:2194 crarr:21b5 ' +
  'lArr:21d0 uArr:21d1 rArr:21d2 dArr:21d3 hArr:21d4 forall:2200 part:2202 exist:2203 ' +
  'empty:2205 nabla:2207 isin:2208 notin:2209 ni:220b prod:220f sum:2211 minus:2212 lowast:2217 ' +
  'radic:221a prop:221d infin:221e ang:2220 and:2227 or:2228 cap:2229 cup:222a int:222b ' +
  'there4:2234 sim:223c cong:2245 asymp:2248 ne:2260 equiv:2261 le:2264 ge:2265 sub:2282 ' +
  'sup:2283 nsub:2284 sube:2286 supe:2287 oplus:2295 otimes:2297 perp:22a5 sdot:22c5 ' +
  'lceil:2308 rceil:2309 lfloor:230a rfloor:230b lang:27e8 rang:27e9 loz:25ca spades:2660 ' +
  'clubs:2663 hearts:2665 diams:2666';

/** Greek letters from U+0391 and U+03B1 in order ("-" is U+03A2, which has no capital). */
const GREEK =
  'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho - sigma ' +
  'tau upsilon phi chi psi omega';

/** Windows-1252's characters for references to 0x80–0x9F (0 where the standard keeps the value). */
const C1 = [
  0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0, 0x17d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0, 0x17e,
  0x178,
];

const NAMED = new Map<string, string>();
const LEGACY = new Set<string>();
LATIN1.split(' ').forEach((name, i) => {
  NAMED.set(name, String.fromCharCode(0xa0 + i));
  LEGACY.add(name);
});
for (const entry of OTHERS.split(' ')) {
  const [name = '', hex = ''] = entry.split(':');
  NAMED.set(name, String.fromCharCode(parseInt(hex, 16)));
  if (hex.endsWith('*')) LEGACY.add(name);
}
GREEK.split(' ').forEach((name, i) => {
  if (name === '-') {
    NAMED.set('sigmaf', String.fromCharCode(0x3c2));
    return;
  }
  NAMED.set(name[0]?.toUpperCase() + name.slice(1), String.fromCharCode(0x391 + i));
  NAMED.set(name, String.fromCharCode(0x3b1 + i));
});
/** The commonest references in mail, with their semicolon, and their text (as NAMED gives it). */
const COMMON = ['nbsp;', '\u00a0', 'amp;', '&', 'quot;', '"', 'lt;', '<', 'gt;', '>'];
/** The longest legacy name (frac12, Ccedil...). */
const LEGACY_MAX = 6;

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The character a numeric reference stands for, with the standard's replacements. */
function fromCodePoint(cp: number): string {
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\uFFFD';
  if (cp >= 0x80 && cp <= 0x9f) return String.fromCodePoint(C1[cp - 0x80] || cp);
  return String.fromCodePoint(cp);
}

/** Where the reference `reference` last returned ends (a variable, not an object per reference: bodies hold thousands). */
let referenceEnd = 0;

/** The reference after the "&" at `at - 1`: its text (its end in referenceEnd), or null if none. */
function reference(s: string, at: number, attribute: boolean): string | null {
  // The references mail is full of, read in place (no slice of the name to look up).
  for (let k = 0; k < COMMON.length; k += 2) {
    const name = COMMON[k] as string;
    if (s.startsWith(name, at)) {
      referenceEnd = at + name.length;
      return COMMON[k + 1] as string;
    }
  }
  if (s.charCodeAt(at) === 35 /* # */) {
    const hex = (s.charCodeAt(at + 1) | 0x20) === 120; /* x or X */
    let i = hex ? at + 2 : at + 1;
    const first = i;
    let cp = 0;
    for (; i < s.length; i++) {
      const digit = parseInt(s.charAt(i), hex ? 16 : 10);
      if (Number.isNaN(digit)) break;
      cp = Math.min(cp * (hex ? 16 : 10) + digit, 0x110000);
    }
    if (i === first) return null;
    referenceEnd = s.charCodeAt(i) === 59 /* ; */ ? i + 1 : i;
    return fromCodePoint(cp);
  }
  let end = at;
  while (end < s.length && isAlnum(s.charCodeAt(end))) end++;
  const name = s.slice(at, end);
  const whole = s.charCodeAt(end) === 59 ? NAMED.get(name) : undefined;
  if (whole !== undefined) {
    referenceEnd = end + 1;
    return whole;
  }
  // No semicolon (or an unknown name): the longest legacy name it starts with.
  for (let k = Math.min(end, at + LEGACY_MAX); k > at; k--) {
    const prefix = s.slice(at, k);
    if (!LEGACY.has(prefix)) continue;
    const next = s.charCodeAt(k);
    if (attribute && (next === 61 /* = */ || isAlnum(next))) return null;
    referenceEnd = k;
    return NAMED.get(prefix) as string;
  }
  return null;
}

function decode(s: string, attribute: boolean): string {
  let amp = s.indexOf('&');
  if (amp === -1) return s;
  let out = '';
  let last = 0;
  while (amp !== -1) {
    const text = reference(s, amp + 1, attribute);
    if (text === null) {
      amp = s.indexOf('&', amp + 1);
      continue;
    }
    out += s.slice(last, amp) + text;
    last = referenceEnd;
    amp = s.indexOf('&', last);
  }
  return out + s.slice(last);
}

/** Decodes the character references in text content. */
export const decodeHtmlText = (text: string): string => decode(text, false);

/** Decodes the character references in an attribute value. */
export const decodeHtmlAttribute = (value: string): string => decode(value, true);
