import fc from 'fast-check';
import { escapeMarkdown, MAX_MESSAGE_CHARS, summarise } from './summary';

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
