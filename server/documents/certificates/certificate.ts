// What a certificate (Bằng khen, Giấy khen) prints, as plain data: the renderer needs no database.

export type CertificateRecipientKind = 'individual' | 'collective';

export type Certificate = {
  /** The body above the issuer, printed small on top: "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"; null for none. */
  parentBody: string | null;
  /** The deciding body: "BAN CHẤP HÀNH CÔNG ĐOÀN Y TẾ VIỆT NAM" or its name. */
  issuingBody: string;
  /** "BẰNG KHEN", "GIẤY KHEN", or the title's own name for other forms. */
  heading: string;
  recipientKind: CertificateRecipientKind;
  /** With the academic title before a person's name: "ThS.BSCKII. Nguyễn Thị Thu Hà"; a collective's name. */
  recipientName: string;
  /** A person's position and unit, or the unit a collective belongs to; null prints nothing. */
  unitLine: string | null;
  /** "Đã có thành tích xuất sắc trong phong trào thi đua năm 2025". */
  achievement: string;
  /** "Hà Nội, ngày 17 tháng 12 năm 2025". */
  placeAndDate: string;
  /** Lines above the signature: ['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH']. */
  signerLines: string[];
  signerName: string;
  /** "45/QĐ-CĐYT". */
  decisionNo: string;
};

/** The heading a form prints: the two certificate forms by their generic name, anything else by its own. */
export function certificateHeading(form: string, nameVi: string): string {
  if (form === 'certificate_of_merit') return 'BẰNG KHEN';
  if (form === 'certificate_of_commendation') return 'GIẤY KHEN';
  return nameVi.toLocaleUpperCase('vi');
}
