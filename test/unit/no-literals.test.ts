// Every word the pane shows comes from the catalogue: this fails on a user-facing literal in
// src/taskpane — JSX text, a string in a JSX child expression, a string given to a prop people read
// (label, hint, placeholder, title, aria-label…), or text written into the page with textContent.
// Strings passed to a call (t('form.region'), phrase('…'), import('…')) are keys or code, not words.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.join(__dirname, '..', '..', 'src', 'taskpane');
const USER_PROPS = new Set([
  'label',
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'placeholder',
  'title',
  'alt',
  'hint',
  'validationMessage',
  'fallback',
]);
const WORDS = /\p{L}{2,}/u;
const COMPARISONS = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
  ts.SyntaxKind.InKeyword,
]);

export interface Literal {
  file: string;
  line: number;
  text: string;
}

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** The user-facing literals in one source file. */
export function findLiterals(source: string, file = 'file.tsx'): Literal[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const out: Literal[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!WORDS.test(text)) return;
    out.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: text.trim() });
  };
  // Strings inside a child expression or a read prop, except arguments of calls (keys, imports).
  const scanExpression = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      scanExpression(node.expression);
      return;
    }
    if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node)) {
      visit(node);
      return;
    }
    if (ts.isBinaryExpression(node) && COMPARISONS.has(node.operatorToken.kind)) return; // kind === 'idle', 'x' in props
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) report(node, node.text);
    else if (ts.isTemplateExpression(node)) {
      report(node, [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' '));
      node.templateSpans.forEach((s) => scanExpression(s.expression));
    } else ts.forEachChild(node, scanExpression);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      scanExpression(node.expression);
      return;
    } else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(sf);
      const init = node.initializer;
      if (USER_PROPS.has(name) && init) {
        if (ts.isStringLiteral(init)) report(init, init.text);
        else if (ts.isJsxExpression(init) && init.expression) scanExpression(init.expression);
      } else if (init && ts.isJsxExpression(init) && init.expression) visit(init.expression);
      return;
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      ['textContent', 'innerText', 'title'].includes(node.left.name.text)
    ) {
      scanExpression(node.right);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

describe('no user-facing literal outside the catalogues', () => {
  test('src/taskpane has none', () => {
    const found = files(ROOT).flatMap((f) =>
      findLiterals(fs.readFileSync(f, 'utf8'), path.relative(ROOT, f)),
    );
    expect(found).toEqual([]);
  });

  test('the check finds each kind of literal', () => {
    const found = findLiterals(`
      export const A = () => <p title="Hello there">Plain text</p>;
      export const B = ({ ok }) => <Field label={ok ? 'Yes sir' : t('no')} hint={\`Up to \${n} chars\`}>{'Quoted words'}</Field>;
      export const C = () => <Busy label={t('app.loading')} />;
      container.textContent = 'Could not start';
    `).map((l) => l.text);
    expect(found).toEqual([
      'Hello there',
      'Plain text',
      'Yes sir',
      'Up to   chars',
      'Quoted words',
      'Could not start',
    ]);
  });

  test('keys, punctuation and code are not words', () => {
    expect(
      findLiterals(`
        export const D = () => <span className="x">{' · '}{t('status.pass')}<Button aria-label={t('insert.dismiss')}>×</Button></span>;
        const E = lazy(() => import('./Other'));
        export const F = ({ s }) => <p>{s.kind === 'confirm-subject' ? t('a') : null}</p>;
      `),
    ).toEqual([]);
  });
});
