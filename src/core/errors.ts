/**
 * A document the pipeline refuses, with a code a report can count and a message a person can act
 * on. Throwing it rejects that one document; the batch goes on.
 */
export class Rejection extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'Rejection';
  }
}

export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));
export const errorCode = (e: unknown): string => (e instanceof Rejection ? e.code : 'internal-error');
