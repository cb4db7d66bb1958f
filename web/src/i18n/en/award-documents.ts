// English strings of documents and certificates.
import type { viAwardDocuments } from '../vi/award-documents.ts';

/** Part of the English dictionary. */
export const enAwardDocuments: typeof viAwardDocuments = {
  awardDocuments: {
    menu: 'Documents and certificates',
    title: 'Documents',
    coverLetter: 'Cover letter (.docx)',
    decision: 'Award decision (.docx)',
    certificates: 'Print certificates (PDF)',
    downloaded: (fileName: string) => `Downloaded ${fileName}`,
  },
};
