/** What a command writes to and the wording of file-system failures, shared by every command. */
/// <reference types="node" />

export interface CommandIo {
  /** A line of results (stdout). */
  out(line: string): void;
  /** A line of problems about the command itself, or a summary (stderr). */
  error(line: string): void;
}

/** Lines to the process's standard output and standard error: what a command writes when run by the bin. */
export const processIo: CommandIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
};

/** One clear line for a file that cannot be read: never a stack trace. */
export function fileProblem(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `${file}: no such file`;
  if (code === 'EISDIR') return `${file}: is a directory, not a file`;
  if (code === 'EACCES' || code === 'EPERM') return `${file}: permission denied`;
  return `${file}: cannot be read (${code ?? String(error)})`;
}
