// Shared vocabulary of the compliance engine. Named in the words of IBM's procedure.
import type { RegionId, RegionSuggestion } from './knowledge/desks';

/** The eCustomerCare desks' regions and the region suggestion are defined with the desks table. */
export type { RegionId, RegionSuggestion };

/** Who is sending the request (IBM rule 1). */
export type Role = 'primary-contact' | 'manager';

export interface Person {
  name: string;
  title: string;
  email: string;
  phone: string;
}

export interface NewContactAnswer {
  /** 'self': the sender becomes the new primary contact (details from their signature). */
  mode: 'self' | 'other';
  /** Used when mode is 'other'. */
  person: Person;
}

/** What the user answers in the pane. */
export interface RequestAnswers {
  role: Role;
  /** One of the common reasons' ids, or free text. */
  reason: string;
  accountNumber: string;
  /** The desk's region; null until chosen or suggested. */
  region: RegionId | null;
  newContact: NewContactAnswer;
}

export interface MailAddress {
  address: string;
  displayName: string;
}

export type BodyType = 'html' | 'text';

export interface ComposeBody {
  type: BodyType;
  content: string;
}

/** Everything the engine needs, all read by the pane or the send-time handler. */
export interface ComplianceInput {
  /** The From of the compose item: the address IBM will see. */
  sender: MailAddress;
  /** The signed-in user, when known and different from the sender (shared/delegate mailbox). */
  signedInUser?: MailAddress | undefined;
  body: ComposeBody;
  /** A signature the user saved in the pane, used when the body has none. */
  savedSignature?: string | undefined;
  answers: RequestAnswers;
  /** Company domains an administrator configured; empty means "any company domain". */
  companyDomains: string[];
  /** Mailbox time zone (Windows or IANA name), for the region suggestion. */
  timeZone?: string | undefined;
  /**
   * The region suggested from the sender's ccTLD or time zone (see region-suggest.ts, loaded on
   * demand). Omitted or null: no suggestion, and the region rule does not compare.
   */
  suggestedRegion?: RegionSuggestion | null | undefined;
  /**
   * The To recipients' addresses, when known (the send-time handler knows them). Omitted: the
   * region rule does not look at recipients.
   */
  recipients?: string[] | undefined;
}

/** Where the signature reader found the signature. */
export type SignatureSource = 'owa' | 'classic' | 'mobile' | 'closing' | 'unmarked' | 'saved' | 'none';

/** The user's signature as read from the compose body (or the saved one). */
export interface Signature {
  source: SignatureSource;
  /** Its non-empty lines, trimmed, in order. */
  lines: string[];
  name: string;
  /** The job title ('' when none was recognised). */
  title: string;
  email: string;
  phone: string;
  /** The whole line the title was taken from, when it differs from `title` or to show the user. */
  titleLine?: string;
}
