/** Types of scripts/dependencies.js (plain Node, run as a script and by the tests). */
export interface Shipped {
  name: string;
  version: string;
  licence: string;
  direct: boolean;
  via: string[];
}
export function shipped(): Shipped[];
export function licenceProblems(list?: Shipped[]): string[];
export function dependenciesMarkdown(): string;
export const ALLOWED: Set<string>;
export const REVIEWED: Record<string, string>;
