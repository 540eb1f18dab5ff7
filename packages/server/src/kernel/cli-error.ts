/** An error the user can fix: printed as one line without a stack trace, with its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    /** 2 for a usage error (bad command, flag or value), 1 for a failure. */
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}
