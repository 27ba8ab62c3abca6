// The compliance engine's public API (light modules only). Heavy modules are imported by path by
// whoever needs them, so they stay out of the pane's first screen:
//   ./knowledge/domain-data          loadFullDomainKnowledge()  (full free-mail list + public-suffix list)
//   ./knowledge/region-suggest       suggestRegion()            (country and time-zone data)
//   ./mail/parse-html-htmlparser2 parseHtmlWithHtmlparser2   (htmlparser2; the pane uses DOMParser)
//   ./mail/body-merge           insertRequest()            (needs htmlparser2 for source offsets)
export type * from './types';
export type { ElementNode, HtmlNode, ParseHtml, ParseHtmlOptions, TextNode } from './mail/html';
export { el, txt, findElement, textContent, memoizeParseHtml } from './mail/html';
export type { DomNodeLike } from './mail/html-from-dom';
export { treeFromDom } from './mail/html-from-dom';
export type { DomainKnowledge, DomainKnowledgeOptions, SameOrganisation } from './knowledge/domains';
export {
  basicDomainKnowledge,
  createDomainKnowledge,
  fallbackOrganisationDomain,
  isSameOrSubdomain,
  normaliseHost,
  organisationOf,
  sameOrganisation,
} from './knowledge/domains';
export type { ParsedAddress } from './knowledge/address';
export { parseAddress } from './knowledge/address';
export type { Region } from './knowledge/desks';
export { REGIONS, regionById, regionForDesk, isDeskAddress } from './knowledge/desks';
export type { CommonReason, ResolvedReason } from './request/reasons';
export { COMMON_REASONS, resolveReason, reasonSentence } from './request/reasons';
export type { AccountNumberCheck } from './request/account';
export { checkAccountNumber, normaliseAccountNumber, ACCOUNT_NUMBER_LENGTH } from './request/account';
export { readSignature, parseSignatureLines, isClosingLine } from './mail/signature';
export type { EngineEnv } from './rules/evaluate';
export { evaluate, RULE_ORDER } from './rules/evaluate';
export { newContactPerson } from './request/new-contact';
export type { Catalogue, MessageKey, Params } from './catalogue/say';
export { ENGLISH, phrase, say, sayAll } from './catalogue/say';
export type { VerdictText } from './rules/verdict-text';
export { verdictText } from './rules/verdict-text';
export type { RequestTemplate } from './request/template';
export { buildTemplate, buildSubject, escapeHtml } from './request/template';
export type { ReadRequest } from './request/request-reader';
export { readRequest } from './request/request-reader';
export { GREETING, REQUEST_LINE, CLOSING, LABELS, SUBJECT_PREFIX } from './mail/wording';
