// eslint.config.mjs applies Microsoft's add-in rules (eslint-plugin-office-addins) to src/.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const repoRoot = path.resolve(__dirname, '../..');
const eslint = path.join(repoRoot, 'node_modules', 'eslint', 'bin', 'eslint.js');

/** ESLint's messages for `code` as if it were the file `file` of the repository. */
async function lint(code: string, file: string): Promise<string[]> {
  const linting = run(process.execPath, [eslint, '--format', 'json', '--stdin', '--stdin-filename', file], {
    cwd: repoRoot,
  });
  linting.child.stdin?.end(code);
  // ESLint exits 1 when it reports an error; its JSON is on stdout either way.
  const { stdout } = await linting.catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '[]' }));
  const [result] = JSON.parse(stdout) as { messages: { ruleId: string | null }[] }[];
  return (result?.messages ?? []).map((m) => m.ruleId ?? '');
}

jest.setTimeout(60000);

it('flags Office.initialize (Office.onReady is the supported start) in the add-in code', async () => {
  const code = 'declare const Office: { initialize: () => void };\nOffice.initialize = () => undefined;\nexport {};\n';
  expect(await lint(code, 'src/office/probe.ts')).toContain('office-addins/no-office-initialize');
});
