// NIK (Nomor Induk Kependudukan): 16 digits PP KK CC DDMMYY SSSS. Always a string: it exceeds 2^53.

export type NikCheck = { ok: true; nik: string } | { ok: false; reason: string };

/** Accepts 16 digits, with spaces or a leading apostrophe (Excel's text marker) stripped. */
export function checkNik(text: string): NikCheck {
  const nik = text.trim().replace(/^'/, "").replace(/[\s.-]/g, "");
  if (nik === "") return { ok: false, reason: "NIK is empty" };
  if (/^\d+([.,]\d+)?[eE]\+?\d+$/.test(nik)) {
    return {
      ok: false,
      reason: "this NIK went through Excel as a number and lost its last digits; re-export the column as text",
    };
  }
  if (!/^\d{16}$/.test(nik)) {
    const digits = nik.replace(/\D/g, "").length;
    const got = digits === nik.length ? `${digits} digit${digits === 1 ? "" : "s"}` : `other characters than digits`;
    return { ok: false, reason: `a NIK has exactly 16 digits, got ${got}` };
  }
  return { ok: true, nik };
}

/** 130306******0012: the kecamatan prefix and the last four digits; the birth date and the rest stay hidden. */
export function maskNik(nik: string): string {
  if (nik.length <= 10) return "*".repeat(nik.length);
  return nik.slice(0, 6) + "*".repeat(nik.length - 10) + nik.slice(-4);
}
