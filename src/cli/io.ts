/** What a command writes to and the wording of file-system failures, shared by every command. */
/// <reference types="node" />

export interface CommandIo {
  /** A line of results (stdout). */
  out(line: string): void;
  /** A line of problems about the command itself, or a summary (stderr). */
  error(line: string): void;
}

/** A command: its one-line usage, and what it does with its arguments (resolves to the exit code). */
export interface Command {
  readonly usage: string;
  run(args: readonly string[], io: CommandIo): Promise<number>;
}

/** One clear line for a file that cannot be read: never a stack trace. */
export function fileProblem(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `${file}: no such file`;
  if (code === 'EISDIR') return `${file}: is a directory, not a file`;
  if (code === 'EACCES' || code === 'EPERM') return `${file}: permission denied`;
  return `${file}: cannot be read (${code ?? String(error)})`;
}
