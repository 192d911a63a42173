/**
 * Handing the clerk a file (the browser edition's workbook; the letters, wherever the host can
 * download): the bytes become a Blob behind an object URL, a hidden `<a download>` is clicked,
 * and the URL is let go once the browser has taken it. The only DOM code of the download; the
 * hooks decide what, under which name and type.
 */

/** The MIME type of an .xlsx workbook. */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The MIME type of a .docx document (the letters, combined or one). */
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The MIME type of a .zip (the letters, one .docx each). */
export const ZIP_TYPE = "application/zip";

/** How long the object URL stays valid after the click (the browser starts the download at once). */
export const REVOKE_AFTER_MS = 10_000;

/** Offer `bytes` as a download named `fileName`. */
export function offerDownload(bytes: Uint8Array, fileName: string, type: string = XLSX_TYPE): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
