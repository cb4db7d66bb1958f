// The catalogue seeded from the reference: every title and form it names, the documents and the parameters.
import type { Catalogue } from '../../../../shared/contracts/emulation.ts';
import { legalDocuments } from './documents.ts';
import { parameterDefs } from './parameters.ts';
import { stateCertificates } from './state-certificates.ts';
import { stateOrders } from './state-orders.ts';
import { stateCollectiveTitles } from './state-collective-titles.ts';
import { stateIndividualTitles } from './state-individual-titles.ts';
import { unionCertificates } from './union-certificates.ts';
import { unionPrizes } from './union-prizes.ts';
import { unionTitles } from './union-titles.ts';

/** Plain JSON: later slices store it as rows (one per award type, rule sets as a JSON column) and load it back. */
export const defaultCatalogue: Catalogue = {
  version: 'tdkt-rules.md',
  documents: legalDocuments,
  parameters: parameterDefs,
  awardTypes: [
    ...stateIndividualTitles,
    ...stateCollectiveTitles,
    ...stateOrders,
    ...stateCertificates,
    ...unionTitles,
    ...unionCertificates,
    ...unionPrizes,
  ],
};
