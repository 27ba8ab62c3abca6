// Accuracy of the manager-title rule on real signatures (fixtures/signature-corpus.ts), each
// rendered four ways. "Positive" = the rule passes (it read a title with the word "manager").
// A false pass (the rule passes although the signature's title has no "manager") would send a
// request IBM bounces; a false warning tells a real manager that IBM will reject them.
// Run `npx jest src/compliance/signature-corpus.test.ts` to print the table (docs/rules.md).
import { input, basicEnv } from '../../../test/fixtures/inputs';
import { renderItem, RENDERINGS, type Rendering } from '../../../test/fixtures/render-corpus';
import { CORPUS, type CorpusItem } from '../../../test/fixtures/signature-corpus';
import { evaluate } from '../rules/evaluate';

interface Score {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  wrong: string[];
}

function passes(item: CorpusItem, how: Rendering): boolean {
  const results = evaluate(input({ body: renderItem(item, how), sender: item.sender }), basicEnv);
  return results.find((r) => r.id === 'manager-title')?.status === 'pass';
}

function score(items: readonly CorpusItem[], how: Rendering): Score {
  const s: Score = { n: 0, tp: 0, fp: 0, fn: 0, tn: 0, wrong: [] };
  for (const item of items) {
    const pass = passes(item, how);
    s.n++;
    if (pass && item.managerTitle) s.tp++;
    else if (pass) s.fp++;
    else if (item.managerTitle) s.fn++;
    else s.tn++;
    if (pass !== item.managerTitle) s.wrong.push(`${item.id}${pass ? ' (false pass)' : ' (false warning)'}`);
  }
  return s;
}

const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)} %`);

const LABEL: Record<Rendering, string> = {
  owa: 'Outlook on the web, div#Signature',
  classic: 'Classic Outlook, _MailAutoSig',
  unmarked: 'Unmarked, at the end, no closing line (HTML)',
  text: 'Plain-text body, no closing line',
};

const scores = new Map<Rendering, Score>(RENDERINGS.map((how) => [how, score(CORPUS, how)]));
const held = new Map<Rendering, Score>(
  RENDERINGS.map((how) => [
    how,
    score(
      CORPUS.filter((i) => i.holdout),
      how,
    ),
  ]),
);

afterAll(() => {
  const rows = RENDERINGS.map((how) => {
    const s = scores.get(how) as Score;
    const h = held.get(how) as Score;
    return `| ${LABEL[how]} | ${s.n} | ${s.tp + s.tn} (${pct(s.tp + s.tn, s.n)}) | ${pct(s.tp, s.tp + s.fp)} | ${pct(s.tp, s.tp + s.fn)} | ${s.fp} | ${s.fn} | ${pct(h.tp + h.tn, h.n)} |`;
  });
  const wrong = RENDERINGS.flatMap((how) => (scores.get(how) as Score).wrong.map((w) => `${how}: ${w}`));
  process.stdout.write(
    [
      '',
      `Manager title on ${CORPUS.length} real signatures (${CORPUS.filter((i) => i.managerTitle).length} with a manager title, ${CORPUS.filter((i) => !i.managerTitle).length} without; ${CORPUS.filter((i) => i.holdout).length} held back)`,
      '| Rendering | Items | Correct | Precision | Recall | False passes | False warnings | Correct, held-back only |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
      ...rows,
      wrong.length > 0 ? `Wrong: ${wrong.join(', ')}` : 'Wrong: none',
      '',
    ].join('\n'),
  );
});

describe('manager title on real signatures', () => {
  test('the corpus is what the thresholds assume', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(CORPUS.filter((i) => !i.managerTitle).length).toBeGreaterThanOrEqual(20);
    expect(CORPUS.filter((i) => i.outside !== undefined).length).toBeGreaterThanOrEqual(10);
    expect(new Set(CORPUS.map((i) => i.id)).size).toBe(CORPUS.length);
    for (const item of CORPUS) {
      expect(item.source).toMatch(/Message-ID <[^>]+>/);
      expect(item.licence).not.toBe('');
      expect(item.signature.length).toBeGreaterThan(0);
    }
  });

  test.each(['owa', 'classic'] as const)('%s (marked): every verdict right', (how) => {
    expect((scores.get(how) as Score).wrong).toEqual([]);
  });

  test.each(['unmarked', 'text'] as const)('%s: at least 95 %% right and no false pass', (how) => {
    const s = scores.get(how) as Score;
    expect(s.wrong.filter((w) => w.endsWith('(false pass)'))).toEqual([]);
    expect(s.tp + s.tn).toBeGreaterThanOrEqual(Math.ceil(0.95 * s.n));
  });
});
