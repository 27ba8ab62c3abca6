// Reads back what a request email states (our block's wording and labelled lines, and the
// subject), so the send-time handler can run the rules on the message as it will leave, without
// the pane's answers.
import type { ParseHtml } from '../mail/html';
import { findRequestTextCore, renderBody, type LineRange } from '../mail/lines';
import { REGIONS } from '../knowledge/desks';
import { COMMON_REASONS, SELF_PREFIX } from './reasons';
import type { ComposeBody, Person, RegionId, Role } from '../types';
import { GREETING, LABELS, REQUEST_LINE, SUBJECT_PREFIX } from '../mail/wording';

export interface ReadRequest {
  /** 'primary-contact' when the reason sentence is in the current contact's words ("I am the current primary contact…"). */
  role: Role;
  /** A common reason's id when the sentence is one of ours, else the sentence as written. */
  reason: string;
  /** From the "Account number:" line, else from the subject. */
  accountNumber: string;
  /** From the "Region:" line (IBM's region name), else null. */
  region: RegionId | null;
  /** The details under "New primary contact:". */
  newContact: Person;
}

/** What the request in this body (and subject) states; null when the body has no request block. */
export function readRequest(body: ComposeBody, parseHtml: ParseHtml, subject = ''): ReadRequest | null {
  let range: LineRange | null;
  let lines: string[];
  try {
    const rendered = renderBody(body, parseHtml);
    lines = rendered.lines.map((l) => l.text);
    range = rendered.request ?? findRequestTextCore(rendered.lines, rendered.cut);
  } catch {
    return null;
  }
  if (range === null) return null;
  const block = lines.slice(range.from, range.to);
  const g = block.indexOf(GREETING);
  const r = block.indexOf(REQUEST_LINE);
  if (g === -1 || r === -1 || r < g) return null;

  const sentence = block
    .slice(g + 1, r)
    .join(' ')
    .trim();
  let role: Role = 'manager';
  let reason = sentence;
  const common = COMMON_REASONS.find(
    (c) => c.id !== 'other' && (c.sentence === sentence || c.selfSentence === sentence),
  );
  if (common !== undefined) {
    reason = common.id;
    role = common.selfSentence === sentence ? 'primary-contact' : 'manager';
  } else if (sentence.startsWith(SELF_PREFIX)) {
    role = 'primary-contact';
    reason = sentence.slice(SELF_PREFIX.length).trim();
  }

  // Only the labelled lines right after the request sentence: a signature below may have its own "Phone:".
  const labels: string[] = Object.values(LABELS);
  const labelled: string[] = [];
  for (const l of block.slice(r + 1)) {
    if (!labels.some((x) => l.startsWith(x))) break;
    labelled.push(l);
  }
  const value = (label: string): string => {
    const line = labelled.find((l) => l.startsWith(label));
    return line === undefined ? '' : line.slice(label.length).trim();
  };
  let accountNumber = value(LABELS.account);
  if (accountNumber === '') {
    const s = String(subject ?? '').trim();
    if (s.toLowerCase().startsWith(SUBJECT_PREFIX.trim()))
      accountNumber = s.slice(SUBJECT_PREFIX.trim().length).trim();
  }
  const regionName = value(LABELS.region);
  const region = REGIONS.find((x) => x.name.toLowerCase() === regionName.toLowerCase())?.id ?? null;
  return {
    role,
    reason,
    accountNumber,
    region,
    newContact: {
      name: value(LABELS.name),
      title: value(LABELS.title),
      email: value(LABELS.email),
      phone: value(LABELS.phone),
    },
  };
}
