// organization.json: the JSON schema in schemas/ (what admins and `npm run validate -- --organization`
// check against) and the pane's reader (src/compliance/organization.ts) must agree on what is valid.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkOrganizationText } from '../../scripts/json-checks.js';
import { basicDomainKnowledge } from '../../src/compliance/knowledge/domains';
import { readOrganizationText } from '../../src/compliance/knowledge/organization';

const repoRoot = path.resolve(__dirname, '../..');
const example = path.join(repoRoot, 'schemas', 'organization.example.json');
const site = { accountNumber: '0001234567', name: 'Head office', desk: 'palogin@ie.ibm.com' };

// [what, file]: each either fully valid or with exactly the problems both sides must see.
const corpus: [string, unknown][] = [
  ['the example', JSON.parse(fs.readFileSync(example, 'utf8'))],
  ['empty', {}],
  ['only a help contact', { helpContact: 'IT service desk, extension 1234' }],
  ['domains in capitals', { companyDomains: ['MyCompany.COM'] }],
  ['a site without a name', { sites: [{ accountNumber: '0001234567', desk: 'apecare@sg.ibm.com' }] }],
  ['domains not a list', { companyDomains: 'mycompany.com' }],
  ['a domain with @', { companyDomains: ['@mycompany.com'] }],
  ['a domain without a dot', { companyDomains: ['mycompany'] }],
  ['an IP address', { companyDomains: ['10.0.0.1'] }],
  ['a domain with a space', { companyDomains: ['my company.com'] }],
  ['a number for a domain', { companyDomains: [42] }],
  ['a free-mail provider', { companyDomains: ['gmail.com'] }],
  ["a free-mail provider's subdomain", { companyDomains: ['eu.outlook.com'] }],
  ['a public suffix', { companyDomains: ['co.uk'] }],
  ['a wildcard', { companyDomains: ['*.mycompany.com'] }],
  ['a deep company subdomain', { companyDomains: ['uk.mycompany.co.uk', 'mycompany.com.au'] }],
  ['sites not a list', { sites: site }],
  ['a short account number', { sites: [{ ...site, accountNumber: '1234567' }] }],
  ['a numeric account number', { sites: [{ ...site, accountNumber: 1234567 }] }],
  ['an account number with dashes', { sites: [{ ...site, accountNumber: '000-123-4567' }] }],
  ['an unknown desk', { sites: [{ ...site, desk: 'help@ibm.com' }] }],
  ['a desk in capitals', { sites: [{ ...site, desk: 'PALOGIN@IE.IBM.COM' }] }],
  ['a site without a desk', { sites: [{ accountNumber: '0001234567' }] }],
  ['an empty site name', { sites: [{ ...site, name: ' ' }] }],
  ['an extra site field', { sites: [{ ...site, phone: '1' }] }],
  ['a site that is text', { sites: ['0001234567'] }],
  ['an empty help contact', { helpContact: '' }],
  ['a help contact too long', { helpContact: 'x'.repeat(201) }],
  ['a list as help contact', { helpContact: ['a@b.com'] }],
  ['an unknown field', { companyDomain: ['mycompany.com'] }],
  ['not an object', ['mycompany.com']],
];

describe('schemas/organization.schema.json and the reader agree', () => {
  it.each(corpus)('%s', (_what, value) => {
    const text = JSON.stringify(value);
    const schema = checkOrganizationText(text);
    // As the pane reads it: with the first screen's free-mail list and suffix rules.
    const reader = readOrganizationText(text, basicDomainKnowledge());
    expect({ schemaValid: schema.ok, readerValid: reader.problems.length === 0 }).toEqual({
      schemaValid: reader.problems.length === 0,
      readerValid: schema.ok,
    });
  });

  it('on text that is not JSON', () => {
    expect(checkOrganizationText('{ "companyDomains": [mycompany.com] }').ok).toBe(false);
    expect(readOrganizationText('{ "companyDomains": [mycompany.com] }').problems).toHaveLength(1);
  });
});

describe('npm run validate -- --organization FILE', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pcr-org-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const validate = (...args: string[]) => {
    const r = spawnSync(
      process.execPath,
      [path.join(repoRoot, 'scripts', 'validate-manifest.mjs'), ...args],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  };

  it("passes the example, and an admin's good file", () => {
    const file = path.join(dir, 'organization.json');
    fs.writeFileSync(file, JSON.stringify({ companyDomains: ['contoso.com'], sites: [site] }));
    const r = validate('--organization', file, '--organization', example);
    expect(r.out).toMatch(/^organization\.json: valid against schemas\/organization\.schema\.json$/m);
    expect(r.out).toMatch(/organization\.example\.json: valid/);
    expect(r.status).toBe(0);
  });

  it('names each bad field of a bad file and exits 1', () => {
    const file = path.join(dir, 'organization.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        companyDomains: 'contoso.com',
        sites: [{ accountNumber: 1, desk: 'x@ibm.com' }],
        helpdesk: 'IT',
      }),
    );
    const r = validate('--organization', file);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/organization\.json: \(top level\) has "helpdesk", which is not allowed/);
    expect(r.out).toMatch(/organization\.json: companyDomains must be array/);
    expect(r.out).toMatch(/organization\.json: sites\[0\]\.accountNumber must be string/);
    expect(r.out).toMatch(/organization\.json: sites\[0\]\.desk must be one of "paonline@us\.ibm\.com"/);
  });

  it('says when the file is not JSON, or is missing', () => {
    const file = path.join(dir, 'broken.json');
    fs.writeFileSync(file, '{ "companyDomains": ["contoso.com"], }');
    const broken = validate('--organization', file);
    expect(broken.status).toBe(1);
    expect(broken.out).toMatch(/broken\.json: is not valid JSON/);
    const missing = validate('--organization', path.join(dir, 'nope.json'));
    expect(missing.status).toBe(1);
    expect(missing.out).toMatch(/nope\.json: file not found/);
  });

  it('is what a plain `npm run validate` checks by default: the committed example', () => {
    const r = spawnSync(
      process.execPath,
      [path.join(repoRoot, 'scripts', 'validate-manifest.mjs'), '--quiet'],
      {
        cwd: repoRoot,
        encoding: 'utf8',
      },
    );
    expect(`${r.stdout}${r.stderr}`).toMatch(
      /schemas\/organization\.example\.json: valid against schemas\/organization\.schema\.json/,
    );
  });
});
