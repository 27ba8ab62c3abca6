// Builds the subject and the merged body for an insert. Loaded on demand (it brings the
// offset-aware HTML parser that splices our block into the user's body byte for byte).
import { mergeRequestIntoBody } from '../../compliance/mail/body-merge';
import '../../compliance/mail/signature-unmarked';
import { regionById } from '../../compliance/knowledge/desks';
import type { ParseHtml } from '../../compliance/mail/html';
import type { DomainKnowledge } from '../../compliance/knowledge/domains';
import { buildTemplate } from '../../compliance/request/template';
import type { Planner } from './insert-request';

/** What the planner needs of the engine's environment. */
export type PlannerEnv = { parseHtml: ParseHtml; domains: DomainKnowledge };

export function makePlanner(env: PlannerEnv): Planner {
  return (snapshot, input) => {
    const template = buildTemplate({ ...input, body: snapshot.body }, env);
    const region = input.answers.region ? regionById(input.answers.region) : undefined;
    return {
      subject: template.subject,
      // No parser passed: the pane's DOMParser trees carry no source offsets, so body-merge parses
      // with htmlparser2 itself (building a DOM tree first would only be thrown away).
      body: mergeRequestIntoBody(
        snapshot.body,
        { html: template.html, text: template.text },
        undefined,
        input.sender,
      ),
      desk: region?.desk ?? '',
      deskName: region?.name ?? '',
    };
  };
}
