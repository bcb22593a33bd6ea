/** A caller mistake (unknown topic, bad date, bad cursor, bad limit): the message says what to fix. */
export class ReadClientError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReadClientError';
  }
}
