// Webpack plugin: the pane's stylesheets. Griffel's extraction (GriffelCSSExtractionPlugin) writes
// one sorted stylesheet with the CSS of every component in the build, on-demand ones included.
// This plugin makes of it:
//
// - the first-screen stylesheet (the file taskpane.html links): Fluent's light theme as `:root`
//   variables, then only the rules whose classes the pane's own file uses, in Griffel's order;
// - the whole stylesheet (`pane-all.<hash>.css`): the theme's variables and every rule, in
//   Griffel's order. The pane adds it once its first screen is up, and every on-demand part waits
//   for it (src/taskpane/styles/all-styles.ts). Its name reaches the page in a
//   <meta name="pane-all-styles"> tag.
//
// Why the whole sheet and not just the missing rules: Griffel's atomic CSS relies on the order of
// its rules (a media-query rule must come after the plain rule it overrides). A later file with
// only the missing rules would put them after every first-screen rule; the whole sheet, added
// after the first, repeats every rule in the right order, so the last occurrence of each rule, the
// one the cascade uses, is always in Griffel's order. The first-screen rules are downloaded twice,
// the second time after the pane is usable.
//
// The theme: FluentProvider turns a theme object (about 460 colours, sizes and fonts, 6 KB gzip)
// into CSS variables at start-up. Most panes open light, so the pane gives FluentProvider no theme
// in light mode and the light theme's variables are here instead: only those that the built CSS
// and JavaScript reference (every use is a literal `var(--name`: Griffel's CSS, and the strings
// fluent-tokens-loader.js writes). The dark theme still comes as an object, on demand, and
// FluentProvider's class overrides :root.
'use strict';

const PLUGIN = 'PaneStylesPlugin';
const META_NAME = 'pane-all-styles';

/** The names used as `var(--name` anywhere in the given texts. */
function usedVariables(texts) {
  const used = new Set();
  const pattern = /var\(--([A-Za-z][\w-]*)/g;
  for (const text of texts) for (const m of text.matchAll(pattern)) used.add(m[1]);
  return used;
}

/** A `:root` rule declaring, in the theme's order, each theme variable in `used`. */
function themeRule(theme, used) {
  const declarations = Object.keys(theme)
    .filter((name) => used.has(name))
    .map((name) => `--${name}:${theme[name]};`);
  return `:root{${declarations.join('')}}\n`;
}

/**
 * A stylesheet's top-level rules, in order (an at-rule block with what it holds counts as one).
 * Griffel writes no comments and no braces inside strings, so counting braces is enough.
 */
function topLevelRules(css) {
  const rules = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      const rule = css.slice(start, i + 1).trim();
      if (rule !== '') rules.push(rule);
      start = i + 1;
    }
  }
  if (depth !== 0 || css.slice(start).trim() !== '')
    throw new Error(`${PLUGIN}: could not read the stylesheet`);
  return rules;
}

/** The class names a rule's selectors use (not those of declarations: there are none). */
function classNames(rule) {
  const names = new Set();
  // Selectors are what comes before each "{"; declarations between "{" and "}" hold no classes.
  for (const part of rule.split('}')) {
    const selectors = part.slice(0, part.lastIndexOf('{') === -1 ? 0 : part.lastIndexOf('{'));
    for (const m of selectors.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) names.add(m[1]);
  }
  return names;
}

/**
 * The rules the first screen needs: those with a class that the pane's own JavaScript names (as a
 * quoted string), and every rule without classes (keyframes, font faces).
 */
function firstScreenRules(rules, firstScreenJs) {
  return rules.filter((rule) => {
    const names = classNames(rule);
    if (names.size === 0) return true;
    for (const name of names)
      if (firstScreenJs.includes(`"${name}"`) || firstScreenJs.includes(`'${name}'`)) return true;
    return false;
  });
}

class PaneStylesPlugin {
  /**
   * @param {{ entry: string, theme: Record<string, string | number>, htmlWebpackPlugin: any }} options
   *   entry: the pane's entry; theme: the light theme (webLightTheme); htmlWebpackPlugin: the
   *   HtmlWebpackPlugin class, to add the meta tag to the entry's page.
   */
  constructor({ entry, theme, htmlWebpackPlugin }) {
    this.entry = entry;
    this.theme = theme;
    this.html = htmlWebpackPlugin;
  }

  apply(compiler) {
    const { webpack } = compiler;
    const { RawSource } = webpack.sources;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      let allStylesFile = null;
      compilation.hooks.processAssets.tap(
        // After Griffel has sorted its sheet (PRE_PROCESS), before webpack recomputes content
        // hashes (realContentHash) and before the pages are written.
        { name: PLUGIN, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
        (assets) => {
          const entrypoint = compilation.entrypoints.get(this.entry);
          const files = entrypoint ? entrypoint.getFiles() : [];
          const cssFile = files.find((f) => f.endsWith('.css'));
          if (!cssFile) {
            // The pane always has Griffel's stylesheet; without one, fail rather than ship it unstyled.
            compilation.errors.push(
              new webpack.WebpackError(`${PLUGIN}: entry "${this.entry}" has no stylesheet`),
            );
            return;
          }
          const text = (name) => assets[name].source().toString();
          const css = text(cssFile);
          const firstJs = files.filter((f) => /\.m?js$/.test(f)).map(text);
          const allJsAndCss = Object.keys(assets)
            .filter((name) => /\.(m?js|css)$/.test(name))
            .map(text);

          const rules = topLevelRules(css);
          const first = firstScreenRules(rules, firstJs.join('\n')).join('\n');
          const firstCss = themeRule(this.theme, usedVariables([first, ...firstJs])) + first + '\n';
          const allCss = themeRule(this.theme, usedVariables(allJsAndCss)) + rules.join('\n') + '\n';

          const hash = webpack.util.createHash(compilation.outputOptions.hashFunction);
          hash.update(allCss);
          allStylesFile = `pane-all.${hash.digest('hex').slice(0, 8)}.css`;
          compilation.updateAsset(cssFile, new RawSource(firstCss));
          compilation.emitAsset(allStylesFile, new RawSource(allCss));
        },
      );
      if (!this.html) return;
      this.html.getHooks(compilation).alterAssetTagGroups.tap(PLUGIN, (data) => {
        if (allStylesFile === null || !data.plugin.options.chunks?.includes(this.entry)) return data;
        const base = typeof data.publicPath === 'string' ? data.publicPath : '';
        data.headTags.push({
          tagName: 'meta',
          voidTag: true,
          meta: { plugin: PLUGIN },
          attributes: { name: META_NAME, content: base + allStylesFile },
        });
        return data;
      });
    });
  }
}

module.exports = {
  PaneStylesPlugin,
  META_NAME,
  usedVariables,
  themeRule,
  topLevelRules,
  classNames,
  firstScreenRules,
};
