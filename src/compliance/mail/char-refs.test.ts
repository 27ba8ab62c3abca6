// char-refs.ts against the `entities` package (the HTML standard's full decoder, which htmlparser2
// ships): the same result for every name char-refs knows, every numeric edge and the legacy rules;
// names it does not know are left as written.
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { decodeHtmlAttribute, decodeHtmlText } from './char-refs';
import { parseHtmlWithHtmlparser2 } from './parse-html-htmlparser2';

const KNOWN = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde ' +
  'Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute ' +
  'Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde ' +
  'auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ' +
  'ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml quot amp lt gt QUOT AMP LT ' +
  'GT COPY REG apos OElig oelig Scaron scaron Yuml fnof circ tilde Alpha Beta Gamma Delta Epsilon Zeta Eta ' +
  'Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho Sigma Tau Upsilon Phi Chi Psi Omega alpha beta gamma ' +
  'delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon phi ' +
  'chi psi omega thetasym upsih piv ensp emsp thinsp zwnj zwj lrm rlm ndash mdash lsquo rsquo sbquo ldquo ' +
  'rdquo bdquo dagger Dagger bull hellip permil prime Prime lsaquo rsaquo oline frasl euro image weierp ' +
  'real trade alefsym larr uarr rarr darr harr crarr lArr uArr rArr dArr hArr forall part exist empty ' +
  'nabla isin notin ni prod sum minus lowast radic prop infin ang and or cap cup int there4 sim cong asymp ' +
  'ne equiv le ge sub sup nsub sube supe oplus otimes perp sdot lceil rceil lfloor rfloor lang rang loz ' +
  'spades clubs hearts diams'
).split(' ');

describe('decodeHtmlText / decodeHtmlAttribute', () => {
  it.each(KNOWN)('decodes &%s; as the HTML standard does', (name) => {
    expect(decodeHtmlText(`a&${name};b`)).toBe(decodeHTML(`a&${name};b`));
    expect(decodeHtmlAttribute(`a&${name};b`)).toBe(decodeHTMLAttribute(`a&${name};b`));
    expect(decodeHtmlText(`&${name};`)).not.toBe(`&${name};`);
  });

  it('decodes numeric references with the standard replacements', () => {
    const cases = [
      '&#65;',
      '&#x41;',
      '&#X41;',
      '&#65',
      '&#x41z',
      '&#0;',
      '&#x80;',
      '&#x81;',
      '&#150;',
      '&#x9F;',
      '&#xD800;',
      '&#xDFFF;',
      '&#x10FFFF;',
      '&#x110000;',
      '&#99999999999999999999;',
      '&#x1F600;',
      '&#;',
      '&#x;',
      '&#xg;',
      '&#',
      '&#8364;€',
      '&#00065;',
      '&#x0041;',
    ];
    for (const c of cases) {
      expect([c, decodeHtmlText(c)]).toEqual([c, decodeHTML(c)]);
      expect([c, decodeHtmlAttribute(c)]).toEqual([c, decodeHTMLAttribute(c)]);
    }
  });

  it('follows the legacy rules: no semicolon in text; not before "=" or a letter in attributes', () => {
    const cases = [
      '&amp',
      '&amp ',
      '&ampx',
      '&amp=',
      '&copy2026',
      '&notit;',
      '&notin',
      '&not;',
      '&eacutes',
      'R&D',
      'AT&T',
      'a & b',
      '&&amp;',
      '&;',
      '&',
      'x=1&y=2',
      '?a=1&copy=2',
      '&frac12;&frac12',
      '&AMP;&LT&GT;&QUOT',
      '&Eacute;&eacute',
      '&nbsp;&nbsp',
      '&lt;p&gt;',
    ];
    for (const c of cases) {
      expect([c, decodeHtmlText(c)]).toEqual([c, decodeHTML(c)]);
      expect([c, decodeHtmlAttribute(c)]).toEqual([c, decodeHTMLAttribute(c)]);
    }
  });

  it("leaves HTML5's other names as written", () => {
    expect(decodeHtmlText('&NotNestedGreaterGreater; &hyphen; &check;')).toBe(
      '&NotNestedGreaterGreater; &hyphen; &check;',
    );
    expect(decodeHtmlText('&unknown;')).toBe('&unknown;');
  });
});

describe('htmlparser2 without its own decoder', () => {
  it('parses text, attributes, raw text and RCDATA through the stand-in without calling it', () => {
    const nodes = parseHtmlWithHtmlparser2(
      '<p title="T&amp;C &eacute;">Caf&eacute; &amp; co</p><title>A &amp; B</title><textarea>x &lt; y</textarea><style>a&amp;b</style>',
    );
    expect(JSON.stringify(nodes)).toContain('"title":"T&C é"');
    expect(JSON.stringify(nodes)).toContain('Café & co');
    expect(JSON.stringify(nodes)).toContain('a&amp;b');
  });
});
