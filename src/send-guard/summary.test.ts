import fc from 'fast-check';
import type { RuleResult } from '../compliance/rules/verdict';
import { escapeMarkdown, itemOf, MAX_MESSAGE_CHARS, summarise } from './summary';

describe('summarise', () => {
  it('lists each finding as "topic: message", plain and in Markdown', () => {
    const s = summarise(
      'Header:',
      [{ topic: 'Reason for the change', message: 'No reason for the change is given.' }],
      'Footer.',
    );
    expect(s.text).toBe('Header:\n• Reason for the change: No reason for the change is given.\nFooter.');
    expect(s.markdown).toBe(
      'Header:\n\n- **Reason for the change**: No reason for the change is given.\n\nFooter.',
    );
  });

  it('separates Markdown items with a carriage return, with no line break left before the footer', () => {
    const s = summarise(
      'H',
      [
        { topic: 'A', message: 'a.' },
        { topic: 'B', message: 'b.' },
      ],
      'F',
    );
    expect(s.markdown).toBe('H\n\n- **A**: a.\r- **B**: b.\n\nF');
    expect(s.markdown).not.toContain('\r\n');
  });

  it('escapes what Outlook would read as Markdown', () => {
    expect(escapeMarkdown('*a* _b_ [c](https://x) `d` <e> # | ~')).toBe(
      '\\*a\\* \\_b\\_ \\[c\\]\\(https://x\\) \\`d\\` \\<e\\> \\# \\| \\~',
    );
    const s = summarise('H', [{ topic: 'T', message: 'Took "**Vendor** [Management](javascript:x)"' }], '');
    expect(s.markdown).not.toMatch(/(^|[^\\])\*\*Vendor/);
    expect(s.markdown).not.toMatch(/(^|[^\\])\]\(/);
  });

  it('shortens long items, then counts the ones that do not fit', () => {
    const items = Array.from({ length: 7 }, (_, i) => ({ topic: `Rule ${i}`, message: 'x '.repeat(200) }));
    const s = summarise('H'.repeat(100), items, 'F'.repeat(60));
    expect(s.text.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
    expect(s.text).toContain('…');
    expect(s.markdown.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
  });

  it('never exceeds 500 characters, whatever the findings', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 600 });
    fc.assert(
      fc.property(
        text,
        fc.array(fc.record({ topic: text, message: text }), { maxLength: 9 }),
        text,
        (header, items, footer) => {
          const s = summarise(header, items, footer);
          return s.text.length <= MAX_MESSAGE_CHARS && s.markdown.length <= MAX_MESSAGE_CHARS;
        },
      ),
    );
  });
});

describe('itemOf', () => {
  const base: RuleResult = {
    id: 'manager-title',
    status: 'fail',
    message: [
      { key: 'title.not-manager', params: { line: 'Director', where: { key: 'title.where.signature' } } },
    ],
    fix: [],
  };
  const said = itemOf(base).message;

  it('names the lines read as the signature, and where they were found', () => {
    const item = itemOf({
      ...base,
      signatureRead: {
        lines: ['Kim Ward', 'Director', '713-853-0685'],
        where: { key: 'title.where.unmarked' },
      },
    });
    expect(item.message).toBe(
      `${said} Read as your signature, from the end of your message: "Kim Ward" / "Director" / "713-853-0685".`,
    );
    const s = summarise('IBM would likely reject this request:', [item], 'Fix the message.');
    expect(s.text).toContain('"Kim Ward" / "Director" / "713-853-0685"');
  });

  it('quotes at most four lines, each shortened', () => {
    const item = itemOf({
      ...base,
      signatureRead: {
        lines: ['A', 'B', 'C', 'D', 'E', 'x'.repeat(80)],
        where: { key: 'title.where.signature' },
      },
    });
    expect(item.message).toMatch(/"A" \/ "B" \/ "C" \/ "D" …\.$/);
  });

  it('is the topic and message alone without lines read', () => {
    expect(itemOf(base).message).not.toContain('Read as your signature');
  });
});
