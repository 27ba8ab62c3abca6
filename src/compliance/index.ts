// The compliance engine's public API (light modules only). Heavy modules are imported by path by
// whoever needs them, so they stay out of the pane's first screen:
//   ./domain-data            loadFullDomainKnowledge()  (full free-mail list + public-suffix list)
//   ./region-suggest         suggestRegion()            (country and time-zone data)
//   ./parse-html-htmlparser2 parseHtmlWithHtmlparser2   (htmlparser2; the pane uses DOMParser)
//   ./body-merge             insertRequest()            (needs htmlparser2 for source offsets)
export type * from './types';
export type { ElementNode, HtmlNode, ParseHtml, ParseHtmlOptions, TextNode } from './html';
export { el, txt, findElement, textContent, memoizeParseHtml } from './html';
export type { DomNodeLike } from './html-from-dom';
export { treeFromDom } from './html-from-dom';
export type { DomainKnowledge, DomainKnowledgeOptions, SameOrganisation } from './domains';
export {
  basicDomainKnowledge,
  createDomainKnowledge,
  fallbackOrganisationDomain,
  isSameOrSubdomain,
  normaliseHost,
  organisationOf,
  sameOrganisation,
} from './domains';
export type { ParsedAddress } from './address';
export { parseAddress } from './address';
export type { Region } from './desks';
export { REGIONS, regionById, regionForDesk, isDeskAddress } from './desks';
export type { CommonReason, ResolvedReason } from './reasons';
export { COMMON_REASONS, resolveReason, reasonSentence } from './reasons';
export type { AccountNumberCheck } from './account';
export { checkAccountNumber, normaliseAccountNumber, ACCOUNT_NUMBER_LENGTH } from './account';
export { readSignature, parseSignatureLines, isClosingLine } from './signature';
export type { EngineEnv } from './rules';
export { evaluate, RULE_ORDER, RULE_TOPICS, RULE_SOURCES, newContactPerson } from './rules';
export type { RequestTemplate } from './template';
export { buildTemplate, buildSubject, escapeHtml } from './template';
export type { ReadRequest } from './request-reader';
export { readRequest } from './request-reader';
export { GREETING, REQUEST_LINE, CLOSING, LABELS, SUBJECT_PREFIX } from './wording';
