// The pseudo-locale's words, made from English: every letter accented and each text ~40% longer,
// parameters ({name}) kept. Shown with Outlook's display language set to qps-ploc, and by the
// layout test: text that is cut, overlaps or is still plain English shows at once.
import type { Entry, Messages } from './say';

const ACCENTED: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ď',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ĺ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ü',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Đ',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ĺ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ü',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};
const FILLER = 'ŀöŕéɱ íþšüɱ ďöĺöŕ šíţ áɱéţ çöñšéçţéţüŕ áďíþíšçíñĝ éĺíţ';

/** One text in pseudo-locale: accented, parameters untouched, padded to 1.4× its length. */
export function pseudoText(text: string): string {
  const accented = text
    .split(/(\{[^}]*\})/)
    .map((part) => (part.startsWith('{') ? part : part.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c)))
    .join('');
  const extra = Math.ceil(text.replace(/\{[^}]*\}/g, '').length * 0.4);
  if (extra === 0) return accented;
  // Padding in words, so that a long text can still wrap where a translation would.
  let pad = '';
  while (pad.length < extra) pad += (pad ? ' ' : '') + FILLER;
  return `${accented} ${pad.slice(0, extra).trim()}`;
}

/** The pseudo-locale's catalogue for these English messages. */
export function pseudoMessages(english: Messages): Messages {
  const out: Record<string, Entry> = {};
  for (const [key, entry] of Object.entries(english) as [string, Entry][]) {
    // Separators (list commas, the gap between sentences) stay as they are.
    if (key.startsWith('list.') && key !== 'list.and') out[key] = entry;
    else if (typeof entry === 'string') out[key] = pseudoText(entry);
    else out[key] = Object.fromEntries(Object.entries(entry).map(([k, v]) => [k, pseudoText(v)])) as Entry;
  }
  return out as Messages;
}
