// Builds the subject and the merged body for an insert. Loaded on demand (it brings the
// offset-aware HTML parser that splices our block into the user's body byte for byte).
import { insertRequest as mergeIntoBody } from '../../compliance/body-merge';
import '../../compliance/signature-unmarked';
import { regionById } from '../../compliance/desks';
import type { ParseHtml } from '../../compliance/html';
import type { DomainKnowledge } from '../../compliance/domains';
import { buildTemplate } from '../../compliance/template';
import type { Planner } from './insert-request';

export function makePlanner(env: { parseHtml: ParseHtml; domains: DomainKnowledge }): Planner {
  return (snapshot, input) => {
    const template = buildTemplate({ ...input, body: snapshot.body }, env);
    const region = input.answers.region ? regionById(input.answers.region) : undefined;
    return {
      subject: template.subject,
      body: mergeIntoBody(
        snapshot.body,
        { html: template.html, text: template.text },
        env.parseHtml,
        input.sender,
      ),
      desk: region?.desk ?? '',
      deskName: region?.name ?? '',
    };
  };
}
