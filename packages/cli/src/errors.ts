/** Exit codes of the command: 0 done, 1 a fault of the program, 2 a problem with what the user gave. */
export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_USER = 2;

/**
 * A problem with the user's input (a file, an option, an id), already translated into one line.
 * It is an expected outcome: the command prints the line on stderr and exits 2, without a stack.
 */
export class UserError extends Error {
  constructor(readonly line: string) {
    super(line);
    this.name = 'UserError';
  }
}
