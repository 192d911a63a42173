/** Messages: the catalogue of every sentence a user sees, and `say` to fill one. */
export { say, CATALOGUE, type Catalogue, type MessageId, type MessageParams } from "./say";
export { fill, placeholdersOf, type Placeholders } from "./fill";
