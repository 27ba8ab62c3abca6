// IBM's manager-title rule needs the English word "manager", whatever language the pane speaks:
// a German "IT-Manager" passes; a French "Responsable informatique" fails, and the check says in
// French that IBM needs the English word, with the fix.
import fs from 'node:fs';
import path from 'node:path';
import { basicEnv, input } from '../../../test/fixtures/inputs';
import type { Catalogue, Messages } from '../catalogue/say';
import type { ComposeBody } from '../types';
import { evaluate } from './evaluate';
import { verdictText } from './verdict-text';

const words = (id: string): Catalogue => ({
  locale: id,
  messages: Object.assign(
    {},
    ...Object.values(
      JSON.parse(
        fs.readFileSync(path.join(__dirname, '../catalogue/locales', `${id}.json`), 'utf8'),
      ) as Record<string, Messages>,
    ),
  ) as Messages,
});

const signedAs = (title: string): ComposeBody => ({
  type: 'html',
  content: `<html><body><div><br></div><div id="Signature"><div>Jean Dupont</div><div>${title}</div><div>jean.dupont@mycompany.com</div></div></body></html>`,
});

const titleCheck = (title: string, locale: string) => {
  const result = evaluate(input({ body: signedAs(title) }), basicEnv).find((r) => r.id === 'manager-title');
  if (!result) throw new Error('no manager-title result');
  return verdictText(result, words(locale));
};

describe('the manager title in other languages', () => {
  test('German "IT-Manager" passes, and the check says why in German', () => {
    const v = titleCheck('IT-Manager', 'de');
    expect(v.status).toBe('pass');
    expect(v.topic).toBe('Manager-Titel in der Signatur');
    expect(v.message).toBe(
      'Als Ihre Berufsbezeichnung gilt „IT-Manager“ aus Ihrer Signatur: Sie enthält das englische Wort „manager“.',
    );
  });

  test('French "Responsable informatique" fails: the check explains the English word and gives the fix', () => {
    const v = titleCheck('Responsable informatique', 'fr');
    expect(v.status).toBe('fail');
    expect(v.message).toContain('« Responsable informatique »');
    expect(v.message).toContain('le mot anglais « manager »');
    expect(v.fix).toContain('« IT Manager »');
    expect(v.fix).toMatch(/^Ajoutez à votre signature Outlook/);
  });

  test('Japanese: the same rule, said in Japanese', () => {
    const v = titleCheck('情報システム部長', 'ja');
    expect(v.status).toBe('fail');
    expect(v.message).toContain('英語の「manager」が含まれていません');
  });
});
