/** Progress goes to stderr so that stdout ends with the one line of figures. */
export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
