// IBM: "(Manager path) The manager's job title is in the signature and contains the word
// "manager" (e.g. "IT Manager")." Only the signature counts, never the message text.
import { phrase as p } from '../catalogue/say';
import { extractEmail, extractPhone, readsAsSentence } from '../mail/signature';
import type { Check } from './context';

const MANAGER_WORD = /\bmanager\b/i;
const MGR = /\bmgrs?\b\.?/i;
const MANAGE_FORMS = /\bmanag(ement|ing|ed|es|e)\b/i;

export const checkManagerTitle: Check = ({ input, signature: sig }) => {
  if (input.answers.role === 'primary-contact') return { status: 'pass', message: [p('title.not-needed')] };
  const where = p(sig.source === 'saved' ? 'title.where.saved' : 'title.where.signature');
  const fix = p('title.fix');
  if (sig.source === 'none' || sig.lines.length === 0) {
    return { status: 'fail', message: [p('title.no-signature')], fix: [fix, p('title.no-signature.fix')] };
  }
  const signatureRead = {
    lines: sig.lines.slice(0, 8),
    where: sig.source === 'unmarked' ? p('title.where.unmarked') : where,
  };
  // A signature Outlook did not mark may end a message whose last sentences mention a manager:
  // only lines that read as a title, never a sentence, count there.
  const unmarked = sig.source === 'closing' || sig.source === 'unmarked';
  const candidates = sig.lines.filter(
    (l) =>
      extractEmail(l) === '' &&
      extractPhone(l) === '' &&
      !/https?:|www\./i.test(l) &&
      !(unmarked && readsAsSentence(l)),
  );
  const managerLine = candidates.find((l) => MANAGER_WORD.test(l));
  if (managerLine !== undefined) {
    return { status: 'pass', message: [p('title.manager', { line: managerLine, where })], signatureRead };
  }
  const line = sig.titleLine ?? sig.title;
  if (line === '') {
    const lines = sig.lines.slice(0, 3).map((text) => p('quoted', { text }));
    return { status: 'fail', message: [p('title.none', { where, lines })], fix: [fix], signatureRead };
  }
  if (MGR.test(line)) {
    return {
      status: 'fail',
      message: [p('title.mgr', { line, where })],
      fix: [p('title.mgr.fix')],
      signatureRead,
    };
  }
  const form = MANAGE_FORMS.exec(line);
  return {
    status: 'fail',
    message: [
      form ? p('title.manage-form', { line, where, word: form[0] }) : p('title.not-manager', { line, where }),
    ],
    fix: [fix, p('title.not-manager.fix')],
    signatureRead,
  };
};
