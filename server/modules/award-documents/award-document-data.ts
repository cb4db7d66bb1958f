// What the decision, the cover letter and the council minutes print, as plain data: the renderers are pure
// functions of these, so the benchmark and the tests call them without a database.

export type RecipientLine = {
  kind: 'individual' | 'collective';
  /** A person's name with academic titles first, or a collective's name. */
  name: string;
  /** A person's position and unit, or the unit a collective belongs to. */
  unit: string;
  /** The title or form as printed: "Bằng khen của Ban Chấp hành Công đoàn Y tế Việt Nam". */
  awardName: string;
};

export type IssuingBody = {
  /** "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"; null at the top of the tree. */
  parentBody: string | null;
  /** "Công đoàn Y tế Việt Nam". */
  name: string;
  /** Where its documents are dated: "Hà Nội". */
  place: string;
};

export type DecisionData = {
  issuer: IssuingBody;
  /** "45/QĐ-CĐYT". */
  number: string;
  /** ISO date of signing. */
  date: string;
  /** The year of achievement the awards reward. */
  year: number;
  signerTitle: string | null;
  signerName: string;
  /** Council meetings that considered the proposals: their dates (ISO). */
  councilDates: string[];
  /** The proposals decided: who proposed, and their cover letter where numbered. */
  proposals: { proposer: string; coverLetterNo: string | null; coverLetterDate: string | null }[];
  /** "đã có thành tích xuất sắc trong phong trào thi đua năm 2025". */
  achievement: string;
  recipients: RecipientLine[];
  /** A revoked decision still prints for the record, marked "ĐÃ HỦY BỎ" with the date (ISO) and the reason. */
  revoked: { on: string; reason: string | null } | null;
};

export type CoverLetterItem = RecipientLine & { achievementSummary: string };

export type CoverLetterData = {
  proposer: IssuingBody;
  /** The unit asked to decide: "Công đoàn Y tế Việt Nam". */
  decider: string;
  number: string | null;
  /** ISO date; the cover letter's own date, or today for a draft. */
  date: string;
  title: string;
  year: number;
  items: CoverLetterItem[];
};

export type MinutesMember = { name: string; role: 'chair' | 'vice_chair' | 'member' | 'secretary'; present: boolean };

export type MinutesItem = {
  recipient: string;
  awardName: string;
  proposal: string;
  yes: number;
  no: number;
  abstain: number;
  /** Null until the meeting closed: then the members counted after recusals, the share and its base. */
  eligibleVoters: number | null;
  thresholdShare: number | null;
  denominator: 'of_total_members' | 'of_present' | null;
  passed: boolean | null;
};

export type MinutesData = {
  council: IssuingBody;
  title: string;
  /** ISO date the meeting was held; the times opened and closed as "8 giờ 30 phút" where recorded. */
  heldOn: string;
  openedAt: string | null;
  closedAt: string | null;
  location: string | null;
  members: MinutesMember[];
  recusals: { member: string; recipient: string; reason: string }[];
  /** Ballots received, and of them the sealed written ballots of absent members (with those members' names). */
  ballots: { cast: number; written: number; writtenBy: string[] };
  items: MinutesItem[];
};
