// Vietnamese strings of documents and certificates.

/** Part of the Vietnamese dictionary. */
export const viAwardDocuments = {
  awardDocuments: {
    menu: 'Văn bản, Bằng khen',
    title: 'Văn bản',
    coverLetter: 'Tờ trình (.docx)',
    decision: 'Quyết định khen thưởng (.docx)',
    certificates: 'In Bằng khen, Giấy khen (PDF)',
    downloaded: (fileName: string) => `Đã tải về ${fileName}`,
  },
};
