/** What the CLI needs from the machine, so tests can run it in memory. */
import { existsSync, promises as fs, readdirSync, statSync } from "fs";
import { dirname, join } from "path";

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  exists(path: string): boolean;
  /** The entries of a folder as paths (files only, not recursive), or null when `path` is not a folder. */
  listFolder(path: string): string[] | null;
  /** When a file was last changed, ms since 1970. */
  modified(path: string): number;
  /** Whether stderr is a terminal (progress is drawn only there). */
  readonly errIsTerminal: boolean;
}

export const nodeIo: CliIo = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
  readFile: async (p) => new Uint8Array(await fs.readFile(p)),
  writeFile: async (p, d) => {
    await fs.mkdir(dirname(p), { recursive: true });
    await fs.writeFile(p, d);
  },
  exists: (p) => existsSync(p),
  listFolder: (p) => {
    const stat = statSync(p, { throwIfNoEntry: false });
    if (!stat?.isDirectory()) return null;
    return readdirSync(p, { withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(p, d.name))
      .sort();
  },
  modified: (p) => statSync(p).mtimeMs,
  errIsTerminal: Boolean(process.stderr.isTTY),
};
