// The documents of the award workflow: a decision with its annex, its certificates (printing is audited), a
// proposal's cover letter and a council meeting's minutes; each for readers in scope of the units that own it.
import type { Readable } from 'node:stream';
import type { ActorCtx } from '../../context.ts';
import { withWrite } from '../../db/write.ts';
import { certificateHeading, type Certificate } from '../../documents/certificates/certificate.ts';
import { streamCertificatesPdf } from '../../documents/certificates/certificate-render.ts';
import { unionSignerLines } from '../../documents/docx/docx-signature.ts';
import { placeAndDateVi } from '../../documents/docx/vietnamese-date.ts';
import { conflict, notFound } from '../../errors.ts';
import { authorizeAwardDocument } from '../../policies/award-documents.policy.ts';
import { renderCoverLetterDocx } from './cover-letter-docx.ts';
import { renderDecisionDocx } from './decision-docx.ts';
import { loadDecision, type LoadedDecision } from './decision-loader.ts';
import { fileNameOf } from './download-name.ts';
import { renderMinutesDocx } from './minutes-docx.ts';
import { loadMinutes } from './minutes-loader.ts';
import { loadCoverLetter } from './proposal-loader.ts';

export type DocxFile = { docx: Buffer; fileName: string };
export type PdfFile = { stream: Readable; fileName: string; count: number };

function requireUnionDecision(loaded: LoadedDecision): void {
  if (!loaded.issuer) {
    throw conflict(
      'award_documents.outside_authority',
      `Quyết định số ${loaded.decision.decisionNo} do ${loaded.decision.deciderName} ban hành, không phải văn bản của Công đoàn nên không in lại ở đây.`,
      `Decision ${loaded.decision.decisionNo} was issued by an outside authority; its documents are not printed here.`,
    );
  }
}

/**
 * GET /award-decisions/:id/decision.docx — the annex names the awards still in force; a revoked decision prints
 * whole, marked "ĐÃ HỦY BỎ"; one whose every award was revoked has nothing left to print (409).
 */
export async function printDecision(ctx: ActorCtx, id: number): Promise<DocxFile> {
  const loaded = await loadDecision(ctx.db, id);
  authorizeAwardDocument(ctx.actor, 'award_decisions', loaded.owners);
  requireUnionDecision(loaded);
  if (loaded.data.recipients.length === 0) nothingToPrint(loaded.decision.decisionNo);
  return {
    docx: await renderDecisionDocx(loaded.data),
    fileName: fileNameOf('Quyết định', loaded.decision.decisionNo, 'docx'),
  };
}

function nothingToPrint(decisionNo: string): never {
  throw conflict(
    'award_documents.nothing_to_print',
    `Quyết định số ${decisionNo} không còn khen thưởng nào có hiệu lực để in.`,
    `Decision ${decisionNo} has no award in force to print.`,
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** GET /award-decisions/:id/certificates.pdf[?award=] — refused for a revoked decision or award (409). */
export async function printCertificates(ctx: ActorCtx, id: number, awardId?: number): Promise<PdfFile> {
  const loaded = await loadDecision(ctx.db, id);
  authorizeAwardDocument(ctx.actor, 'award_decisions', loaded.owners);
  requireUnionDecision(loaded);
  const { decision, data } = loaded;
  if (decision.revokedAt) {
    throw conflict(
      'award_documents.decision_revoked',
      `Quyết định số ${decision.decisionNo} đã bị hủy bỏ${decision.revokedReason ? ` (${decision.revokedReason})` : ''}; không in Bằng khen, Giấy khen theo quyết định này.`,
      `Decision ${decision.decisionNo} was revoked; its certificates cannot be printed.`,
    );
  }
  let chosen = loaded.awards;
  if (awardId !== undefined) {
    chosen = chosen.filter((award) => award.id === awardId);
    if (chosen.length === 0) throw notFound('awards');
  }
  const printable = chosen.filter((award) => !award.revoked);
  if (printable.length === 0) nothingToPrint(decision.decisionNo);
  const common = {
    parentBody: data.issuer.parentBody,
    issuingBody: data.issuer.name,
    achievement: capitalise(data.achievement),
    placeAndDate: placeAndDateVi(data.issuer.place, data.date),
    signerLines: unionSignerLines(data.signerTitle),
    signerName: data.signerName,
    decisionNo: data.number,
  };
  const certificates: Certificate[] = printable.map(({ recipient }) => ({
    ...common,
    heading: certificateHeading(recipient.form, recipient.awardName),
    recipientKind: recipient.kind,
    recipientName: recipient.name,
    unitLine: recipient.unit || null,
  }));
  await withWrite(ctx, async (_tx, audit) =>
    audit({
      action: 'certificate.print',
      entity: 'award_decision',
      entityId: decision.id,
      unitId: decision.deciderUnitId,
      after: { count: certificates.length, awardIds: printable.map((award) => award.id) },
    }),
  );
  return {
    stream: streamCertificatesPdf(certificates),
    fileName: fileNameOf(
      awardId === undefined ? 'Bằng khen' : `Bằng khen ${printable[0]!.recipient.name}`,
      decision.decisionNo,
      'pdf',
    ),
    count: certificates.length,
  };
}

/** GET /proposals/:id/cover-letter.docx */
export async function printCoverLetter(ctx: ActorCtx, id: number): Promise<DocxFile> {
  const loaded = await loadCoverLetter(ctx.db, id);
  authorizeAwardDocument(ctx.actor, 'proposals', loaded.owners);
  return {
    docx: await renderCoverLetterDocx(loaded.data),
    fileName: fileNameOf('Tờ trình', loaded.data.number ?? `đề nghị ${loaded.proposalId}`, 'docx'),
  };
}

/**
 * GET /council-meetings/:id/minutes.docx — for the council's own unit: the tallies of every proposer's items, once
 * the meeting has closed (409 before: running counts next to each member's time of voting reveal the ballots).
 */
export async function printMinutes(ctx: ActorCtx, id: number): Promise<DocxFile> {
  const loaded = await loadMinutes(ctx.db, id);
  authorizeAwardDocument(ctx.actor, 'council_meetings', loaded.owners);
  if (!loaded.closed) {
    throw conflict(
      'award_documents.meeting_not_closed',
      'Chỉ in biên bản sau khi Hội đồng kết thúc bỏ phiếu.',
      'The minutes are printed only after the council has closed the vote.',
    );
  }
  return {
    docx: await renderMinutesDocx(loaded.data),
    fileName: fileNameOf('Biên bản họp Hội đồng', String(id), 'docx'),
  };
}
