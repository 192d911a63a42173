/**
 * Telling a clerk why a file will not open: an .xlsx is a ZIP package; a password-protected
 * .xlsx, an old .xls and a WPS .et are OLE compound files (they start D0 CF 11 E0), and only
 * the protected one carries an "EncryptedPackage" stream.
 */

import { WorkbookError } from "../port";
import { say } from "../../messages";

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The file is not an .xlsx workbook ExcelJS can read. */
export function unreadableFileError(): WorkbookError {
  return new WorkbookError(say("workbook.unreadableFile"), "unreadable-file");
}

/** The file is an encrypted (password-protected) workbook. */
export function protectedFileError(): WorkbookError {
  return new WorkbookError(say("workbook.protectedFile"), "protected-file");
}

/** Whether the bytes are an OLE compound file (.xls, .et, or an encrypted .xlsx). */
export function isOleFile(bytes: Uint8Array): boolean {
  return bytes.length >= OLE_SIGNATURE.length && OLE_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Whether an OLE file holds an encrypted OOXML package (its directory names the stream in UTF-16LE). */
export function isEncryptedPackage(bytes: Uint8Array): boolean {
  return containsUtf16(bytes, "EncryptedPackage") || containsUtf16(bytes, "EncryptionInfo");
}

/** The error for bytes that are not a ZIP package at all, or undefined when they may be one. */
export function fileKindError(bytes: Uint8Array): WorkbookError | undefined {
  if (isOleFile(bytes)) return isEncryptedPackage(bytes) ? protectedFileError() : unreadableFileError();
  const zip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  return zip ? undefined : unreadableFileError();
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) pattern[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    if (bytes[i] !== pattern[0]) continue;
    for (let j = 1; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}
