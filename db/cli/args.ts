/** Minimal `--name value` parsing for the maintenance scripts. */
export function parseArgs(argv: string[]): Record<string, string> {
  const args: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i];
    if (key?.startsWith("--")) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) throw new Error(`${key} needs a value`);
      args[key.slice(2)] = value;
      i++;
    }
  }
  return args;
}
