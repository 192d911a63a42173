/**
 * The texts of a list validation, the same in every host: the source Excel keeps (choices,
 * comma separated, at most 255 characters), the error alert and the prompt (Excel keeps at most
 * 255 characters of a message).
 */

import type { ListValidation } from "../port";
import { say } from "../../messages";

/** The most characters Excel keeps in a list validation's source. */
export const MAX_LIST_SOURCE = 255;
/** The most characters Excel keeps in an alert or prompt message. */
const MAX_MESSAGE = 255;

/** The error alert's title. */
export const LIST_ERROR_TITLE = say("sheets.validation.errorTitle");

/** The choices, comma separated; a choice with a comma or a source too long is a programming error. */
export function listSource(v: ListValidation): string {
  for (const item of v.list) if (item.includes(",")) throw new RangeError(`A list choice cannot contain a comma: "${item}"`);
  const joined = v.list.join(",");
  if (joined.length > MAX_LIST_SOURCE) throw new RangeError(`List validation longer than ${MAX_LIST_SOURCE} characters`);
  return joined;
}

/** The error alert's message. */
export function listErrorMessage(v: ListValidation): string {
  return clip(say("sheets.validation.error", { choices: v.list.join("、") }));
}

/** The prompt's message, if any. */
export function listPrompt(v: ListValidation): string | undefined {
  return v.prompt === undefined ? undefined : clip(v.prompt);
}

function clip(text: string): string {
  return text.length <= MAX_MESSAGE ? text : text.slice(0, MAX_MESSAGE - 1) + "…";
}
