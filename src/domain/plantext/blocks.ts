import type { FindingDraft } from '../findings/codes';

/**
 * Where a paragraph of the plan comes from: `sheet` — written from the workbook's tables (the
 * drafter checks it); `template` — the standard wording of such plans; `drafter` — a bracketed
 * place the drafter writes.
 */
export type Origin = 'sheet' | 'template' | 'drafter';

/** The sheet (and cells) a paragraph was written from. */
export type Source = { sheet: string; cells?: string };

/**
 * A part of the plan's body: a numbered heading ("I. MỤC TIÊU", "1. Mục tiêu chung", "a) Các tiêu
 * chí"), a paragraph, or a note to the drafter (a disagreement between sheets, to settle and delete
 * before the plan is signed).
 */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; origin: Origin; source?: Source }
  | { kind: 'note'; text: string };

/**
 * A plan in the layout of Nghị định 30/2020/NĐ-CP, as data: the agency and number on the left, the
 * national motto and the place and date on the right, the title and subtitle, the body, the
 * recipients and the signature.
 */
export type PlanDocument = {
  agency: string[];
  number: string;
  motto: [string, string];
  placeDate: string;
  title: string;
  subtitle: string;
  body: Block[];
  recipients: string[];
  signature: string[];
  /** What the sheets left undecided or disagree on, as findings (also said in the body's notes). */
  notes: FindingDraft[];
};

/**
 * The document as lines of text, in the order a reader of the .docx meets its paragraphs (the
 * header's left column, then its right column, the title, the body, the recipients, the
 * signature): the .txt that write-text writes.
 *
 * @example
 * documentLines(planDocument(analysis))[2] // 'Số:       /KH-UBND'
 */
export function documentLines(doc: PlanDocument): string[] {
  return [
    ...doc.agency, doc.number,
    ...doc.motto, doc.placeDate,
    doc.title, doc.subtitle,
    ...doc.body.map((block) => block.text),
    ...doc.recipients,
    ...doc.signature.filter((line) => line !== ''),
  ];
}
