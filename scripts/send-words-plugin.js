// Webpack plugin: emits dist/locales/send-<id>.json for each translation in
// src/compliance/catalogue/locales/<id>.json — only the words the send-time dialog uses (sections
// "verdicts" and "send"), so the send-time handler fetches a few KB in the user's language instead
// of carrying every language in its single file (it has its own byte budget).
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const PLUGIN = 'SendWordsPlugin';
const SECTIONS = ['verdicts', 'send'];

/** The send-time words of one translation file: its "verdicts" and "send" sections, merged. */
function sendWords(file) {
  const out = {};
  for (const section of SECTIONS) {
    const words = file[section];
    if (!words || typeof words !== 'object') throw new Error(`no "${section}" section`);
    Object.assign(out, words);
  }
  return out;
}

class SendWordsPlugin {
  /** @param {{ dir: string }} options dir: the folder of the translation files. */
  constructor({ dir }) {
    this.dir = path.resolve(dir);
  }

  apply(compiler) {
    const { webpack } = compiler;
    const { RawSource } = webpack.sources;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          compilation.contextDependencies.add(this.dir);
          for (const name of fs.readdirSync(this.dir).filter((n) => n.endsWith('.json'))) {
            const file = path.join(this.dir, name);
            compilation.fileDependencies.add(file);
            try {
              const words = sendWords(JSON.parse(fs.readFileSync(file, 'utf8')));
              compilation.emitAsset(`locales/send-${name}`, new RawSource(JSON.stringify(words)));
            } catch (e) {
              compilation.errors.push(new webpack.WebpackError(`${PLUGIN}: ${file}: ${e.message}`));
            }
          }
        },
      );
    });
  }
}

module.exports = { SendWordsPlugin, sendWords };
