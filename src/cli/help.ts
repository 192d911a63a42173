/** `luoshi --help`, in Chinese first: the catalogue's text with the lists of the list catalogue. */
import { LISTS } from "../domain/lists/catalogue";
import { say } from "../messages";

export const HELP = say("cli.help", { lists: LISTS.map((l) => `  ${l.id.padEnd(14)}${l.name}`).join("\n") });
