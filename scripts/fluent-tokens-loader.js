// Webpack loader: writes Fluent UI's design tokens into the code as the strings they stand for.
//
// `tokens` (from @fluentui/tokens, re-exported by react-theme and react-components) is one object
// of 467 CSS-variable references ("var(--colorNeutralForeground1)"). Griffel's ahead-of-time step
// turns styles into class names, but Fluent's packages (and a few of our modules) still read
// `tokens.someName` at run time, and a single such read keeps the whole object (about 3 KB gzip) on
// the first screen. Each `tokens.name` is a constant, so this loader replaces it by its value at
// build time; once no reference is left, webpack drops the object. Only plain member reads of an
// imported `tokens` binding are replaced; a file that uses the binding any other way (spread,
// computed key, passed along) or declares another variable of the same name is left as it is.
'use strict';

const acorn = require('acorn');

/** Modules that export Fluent's `tokens` object. */
const TOKEN_SOURCES =
  /^@fluentui\/(react-components|react-theme|tokens)$|^\.{1,2}\/(?:[\w-]+\/)*tokens(\.js)?$/;

/** Child nodes of an ESTree node (enough for acorn's output). */
function* children(node) {
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) {
      for (const v of value) if (v && typeof v.type === 'string') yield [v, node, key];
    } else if (value && typeof value.type === 'string') yield [value, node, key];
  }
}

/**
 * The source with every `tokens.name` read replaced by its value (a string literal), or the
 * source unchanged when there is nothing to replace or replacing would not be safe.
 * @param {string} source ES module JavaScript (no TypeScript, no JSX).
 * @param {Record<string, string>} values Fluent's tokens object.
 */
function inlineTokens(source, values) {
  if (!source.includes('tokens')) return source;
  let ast;
  try {
    ast = acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'module' });
  } catch {
    return source;
  }
  const locals = new Set();
  for (const statement of ast.body) {
    if (statement.type !== 'ImportDeclaration' || !TOKEN_SOURCES.test(String(statement.source.value)))
      continue;
    for (const s of statement.specifiers)
      if (s.type === 'ImportSpecifier' && s.imported.name === 'tokens') locals.add(s.local.name);
  }
  if (locals.size === 0) return source;

  const edits = [];
  let unsafe = false;
  const stack = [[ast, null, null]];
  while (stack.length > 0 && !unsafe) {
    const [node, parent, key] = stack.pop();
    if (node.type === 'Identifier' && locals.has(node.name)) {
      const isImport =
        parent && (parent.type === 'ImportSpecifier' || parent.type === 'ImportDefaultSpecifier');
      const isPropertyName =
        parent &&
        ((parent.type === 'MemberExpression' && key === 'property' && !parent.computed) ||
          (parent.type === 'Property' && key === 'key' && !parent.computed && !parent.shorthand));
      if (isImport || isPropertyName) continue;
      const read =
        parent &&
        parent.type === 'MemberExpression' &&
        key === 'object' &&
        !parent.computed &&
        parent.property.type === 'Identifier' &&
        Object.prototype.hasOwnProperty.call(values, parent.property.name);
      if (!read) {
        // Any other use (a declaration of the same name included) makes the file unsafe to rewrite.
        unsafe = true;
        break;
      }
      edits.push({
        start: parent.start,
        end: parent.end,
        text: JSON.stringify(values[parent.property.name]),
      });
      continue;
    }
    for (const child of children(node)) stack.push(child);
  }
  if (unsafe || edits.length === 0) return source;
  edits.sort((a, b) => b.start - a.start);
  let out = source;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The loader: Fluent's own token values, read once. */
let tokenValues = null;
function fluentTokensLoader(source) {
  if (tokenValues === null) tokenValues = require('@fluentui/tokens').tokens;
  return inlineTokens(source, tokenValues);
}

module.exports = fluentTokensLoader;
module.exports.inlineTokens = inlineTokens;
