/** What the CLI needs from the machine, so tests can run it in memory. */
import { existsSync, promises as fs } from "fs";

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  exists(path: string): boolean;
}

export const nodeIo: CliIo = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
  readFile: async (p) => new Uint8Array(await fs.readFile(p)),
  writeFile: (p, d) => fs.writeFile(p, d),
  exists: (p) => existsSync(p),
};
