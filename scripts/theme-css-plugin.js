// Webpack plugin: Fluent's light theme as a few lines of static CSS instead of a JavaScript object.
//
// FluentProvider turns the theme object it is given (about 460 colours, sizes and fonts, 6 KB gzip)
// into CSS variables at start-up. Most panes open light, so the pane gives FluentProvider no theme
// in light mode and ships the light theme's variables as a `:root` rule at the top of its
// stylesheet instead: only the variables that the built CSS and JavaScript actually reference
// (every use is a literal `var(--name`: Griffel's CSS, and fluent-tokens-loader.js's strings).
// The dark theme still comes as an object, on demand, and FluentProvider's class overrides :root.
'use strict';

const PLUGIN = 'ThemeCssPlugin';

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

class ThemeCssPlugin {
  /**
   * @param {{ entry: string, theme: Record<string, string | number> }} options
   *   entry: the entry whose stylesheet gets the rule; theme: the theme object (e.g. webLightTheme).
   */
  constructor({ entry, theme }) {
    this.entry = entry;
    this.theme = theme;
  }

  apply(compiler) {
    const { webpack } = compiler;
    const { ConcatSource, RawSource } = webpack.sources;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap(
        // Before webpack recomputes content hashes (realContentHash), so file names stay true.
        { name: PLUGIN, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
        (assets) => {
          const texts = Object.keys(assets)
            .filter((name) => /\.(m?js|css)$/.test(name))
            .map((name) => assets[name].source().toString());
          const rule = themeRule(this.theme, usedVariables(texts));
          const entrypoint = compilation.entrypoints.get(this.entry);
          const css = entrypoint ? entrypoint.getFiles().filter((f) => f.endsWith('.css')) : [];
          if (css.length === 0) {
            // The pane always has Griffel's stylesheet; without one, fail rather than ship it unstyled.
            compilation.errors.push(
              new webpack.WebpackError(`${PLUGIN}: entry "${this.entry}" has no stylesheet`),
            );
            return;
          }
          compilation.updateAsset(css[0], (source) => new ConcatSource(new RawSource(rule), source));
        },
      );
    });
  }
}

module.exports = { ThemeCssPlugin, usedVariables, themeRule };
