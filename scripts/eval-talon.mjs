#!/usr/bin/env node
// Compares the signature reader with the npm package `talon` (a JavaScript port of Mailgun's
// talon; only its brute-force extractor, `signature.bruteforce.extractSignature`, is ported) on the
// real-signature corpus (test/fixtures/signature-corpus.ts): how often the manager-title
// rule is right when talon picks the signature lines, and how many bytes each costs.
//
// talon is not a dependency of the project. Install it anywhere and pass that folder:
//   npm install --prefix /tmp/talon-eval --save-exact talon@2.3.2
//   node scripts/eval-talon.mjs /tmp/talon-eval
// Prints JSON. talon is given the plain text of the user's own part of each message (the quoted
// thread already cut off by our reader, which talon's port cannot do), so it is judged on
// signature extraction alone.
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { bundleEngine, importEngine } from './bundle-engine.mjs';

const prefix = process.argv[2];
if (!prefix) {
  console.error('usage: node scripts/eval-talon.mjs <folder where talon is installed (node_modules/talon)>');
  process.exit(2);
}
const nodePaths = [join(resolve(prefix), 'node_modules')];

const entry = `
import { evaluate } from './src/compliance/rules/evaluate';
import { parseSignatureLines } from './src/compliance/mail/signature';
import { renderBody } from './src/compliance/mail/lines';
import { parseHtmlWithHtmlparser2 } from './src/compliance/mail/parse-html-htmlparser2';
import { renderItem } from './test/fixtures/render-corpus';
import { CORPUS } from './test/fixtures/signature-corpus';
import { input, basicEnv } from './test/fixtures/inputs';
export { evaluate, parseSignatureLines, renderBody, parseHtmlWithHtmlparser2, renderItem, CORPUS, input, basicEnv };
`;

/** gzip bytes of a minified browser bundle of `contents`. */
async function gzipBytes(contents) {
  const code = Buffer.from(
    await bundleEngine(contents, {
      platform: 'browser',
      minify: true,
      target: 'es2017',
      nodePaths,
      define: { 'process.env.DEBUG': 'undefined' },
    }),
  );
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const m = await importEngine(entry);
const talon = createRequire(join(resolve(prefix), 'package.json'))('talon');

/** Manager-title verdicts on one rendering; `pick` gives the signature, or undefined for our own reader. */
const score = (how, pick) => {
  const s = { n: 0, correct: 0, falsePasses: 0, falseWarnings: 0, noSignature: 0 };
  for (const item of m.CORPUS) {
    const body = m.renderItem(item, how);
    const r = m.evaluate(m.input({ body, sender: item.sender }), m.basicEnv, pick?.(body));
    const title = r.find((x) => x.id === 'manager-title');
    if (title.signatureRead === undefined) s.noSignature++;
    const pass = title.status === 'pass';
    s.n++;
    if (pass === item.managerTitle) s.correct++;
    else if (pass) s.falsePasses++;
    else s.falseWarnings++;
  }
  return s;
};
// Plain text keeps its blank lines (talon uses them); cut it where our reader's own part ends.
const ownEnd = (content, own) => {
  const src = content.split(/\r?\n/);
  let seen = 0;
  for (let i = 0; i < src.length; i++) {
    if (src[i].trim() !== '') seen++;
    if (seen === own.length) return i + 1;
  }
  return src.length;
};
// talon: the user's own text as plain lines, then its brute-force extractor.
const talonPick = (body) => {
  const rendered = m.renderBody(body, m.parseHtmlWithHtmlparser2);
  const own = rendered.lines.slice(0, rendered.cut).map((l) => l.text);
  const text =
    body.type === 'text'
      ? body.content.split(/\r?\n/).slice(0, ownEnd(body.content, own)).join('\n')
      : own.join('\n');
  const found = talon.signature.bruteforce.extractSignature(text).signature;
  const lines = String(found ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return { source: lines.length > 0 ? 'closing' : 'none', lines, ...m.parseSignatureLines(lines) };
};

const result = { items: m.CORPUS.length, accuracy: {}, bytes: {} };
for (const how of ['unmarked', 'text']) {
  result.accuracy[how] = { talon: score(how, talonPick), ours: score(how, undefined) };
}
result.bytes.talon = await gzipBytes(
  "import talon from 'talon'; (globalThis as any).x = talon.signature.bruteforce.extractSignature;",
);
result.bytes.ours = await gzipBytes(
  "import { locateUnmarkedSignature } from './src/compliance/mail/signature-unmarked'; (globalThis as any).x = locateUnmarkedSignature;",
);
console.log(JSON.stringify(result, null, 2));
