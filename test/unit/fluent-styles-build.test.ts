// The build steps that keep Fluent UI's token and theme objects off the first screen: token reads
// written in as strings (fluent-tokens-loader.js), the light theme as static CSS and the first
// screen's rules apart from the others (pane-styles-plugin.js).
import fs from 'node:fs';
import path from 'node:path';
import { tokens, webLightTheme } from '@fluentui/tokens';
import { inlineTokens } from '../../scripts/fluent-tokens-loader.js';
import {
  classNames,
  firstScreenRules,
  themeRule,
  topLevelRules,
  usedVariables,
} from '../../scripts/pane-styles-plugin.js';

const values = tokens as unknown as Record<string, string>;

describe('inlineTokens', () => {
  it('writes each tokens.name read as its value, whatever the import is called', () => {
    const source = [
      "import { tokens as t, typographyStyles } from '@fluentui/react-components';",
      'export const a = { color: t.colorNeutralForeground1, gap: `${t.spacingVerticalM} 0`, z: t.zIndexPopup };',
      'export const b = typographyStyles;',
    ].join('\n');
    const out = inlineTokens(source, values);
    expect(out).toContain('color: "var(--colorNeutralForeground1)"');
    expect(out).toContain('gap: `${"var(--spacingVerticalM)"} 0`');
    // Values with a fallback are copied as they are.
    expect(out).toContain('z: "var(--zIndexPopup, 2000)"');
    expect(out).not.toMatch(/\bt\./);
  });

  it.each([['@fluentui/react-theme'], ['@fluentui/tokens'], ['../tokens.js']])(
    'knows the tokens imported from %s',
    (from) => {
      const out = inlineTokens(
        `import { tokens } from '${from}';\nexport const c = tokens.colorBrandBackground;`,
        values,
      );
      expect(out).toContain('export const c = "var(--colorBrandBackground)";');
    },
  );

  it.each([
    ['the object is spread', 'export const all = { ...tokens };'],
    ['the object is passed along', 'use(tokens);'],
    ['a key is computed', "export const x = tokens['colorBrandBackground'];"],
    ['a name is not a token', 'export const x = tokens.notAToken;'],
    ['another variable has the name', 'function f(tokens) { return tokens.length; }'],
  ])('leaves a file alone when %s', (_why, line) => {
    const source = `import { tokens } from '@fluentui/react-theme';\nexport const ok = tokens.colorBrandBackground;\n${line}\n`;
    expect(inlineTokens(source, values)).toBe(source);
  });

  it("leaves alone code whose `tokens` is not Fluent's, and code it cannot parse", () => {
    const other = "import { tokens } from './lexer';\nexport const n = tokens.length;\n";
    expect(inlineTokens(other, values)).toBe(other);
    const broken =
      "import { tokens } from '@fluentui/react-theme';\nexport const = tokens.colorBrandBackground";
    expect(inlineTokens(broken, values)).toBe(broken);
  });

  it("rewrites Fluent's own modules that read tokens at run time, leaving no read", () => {
    const files = [
      'tokens/lib/global/typographyStyles.js',
      'react-input/lib/components/Input/useInputStyles.styles.js',
      'react-select/lib/components/Select/useSelectStyles.styles.js',
    ];
    for (const file of files) {
      const source = fs.readFileSync(path.join(__dirname, '../../node_modules/@fluentui', file), 'utf8');
      // A read such as `tokens.spacingHorizontalM` (not the "../tokens.js" of an import).
      const read = /\btokens\.(?!js\b)\w+/;
      expect(source).toMatch(read);
      expect(inlineTokens(source, values)).not.toMatch(read);
    }
  });
});

describe('the light theme as static CSS', () => {
  it("declares, with the theme's values, exactly the variables the built files use", () => {
    const used = usedVariables([
      '.a{color:var(--colorNeutralForeground1);}',
      'x="var(--spacingVerticalM)";y="var(--zIndexPopup, 2000)";z="var(--notInTheTheme)"',
    ]);
    expect([...used].sort()).toEqual(
      ['colorNeutralForeground1', 'notInTheTheme', 'spacingVerticalM', 'zIndexPopup'].sort(),
    );
    const rule = themeRule(webLightTheme as unknown as Record<string, string>, used);
    expect(rule).toBe(
      `:root{--spacingVerticalM:${webLightTheme.spacingVerticalM};--colorNeutralForeground1:${webLightTheme.colorNeutralForeground1};}\n`,
    );
  });
});

describe("the first screen's stylesheet", () => {
  const sheet = [
    '.r1abc{display:flex;}',
    '.f1one{color:var(--colorNeutralForeground1);}',
    '.f2lazy{color:red;}',
    '.f3one:hover{color:blue;}',
    '@media (forced-colors: active){.f2lazy{color:GrayText;}.f2lazy:hover{color:Highlight;}}',
    '@media (min-width: 0.5em){.f1one{margin:0;}}',
    '@keyframes fade{from{opacity:0;}to{opacity:1;}}',
  ];

  it('reads the top-level rules in order, an at-rule block with its rules as one', () => {
    expect(topLevelRules(sheet.join('\n'))).toEqual(sheet);
    expect(() => topLevelRules('.a{color:red;')).toThrow(/could not read/);
  });

  it("takes class names from selectors only, not from a media query's numbers", () => {
    expect([...classNames(sheet[4] as string)]).toEqual(['f2lazy']);
    expect([...classNames(sheet[5] as string)]).toEqual(['f1one']);
    expect([...classNames('.a .fui-Radio__indicator::after{content:"";}')]).toEqual([
      'a',
      'fui-Radio__indicator',
    ]);
    expect(classNames(sheet[6] as string).size).toBe(0);
  });

  it("keeps, in order, the rules whose classes the first screen's code names, and those without classes", () => {
    const js = 'n={root:{Bx:"f1one",Cy:"f3one"}},r=__resetStyles("r1abc")';
    expect(firstScreenRules(sheet, js)).toEqual([sheet[0], sheet[1], sheet[3], sheet[5], sheet[6]]);
    // A class named only as part of a longer word does not count.
    expect(firstScreenRules(['.f2{color:red;}'], 'x="f22"')).toEqual([]);
  });
});
