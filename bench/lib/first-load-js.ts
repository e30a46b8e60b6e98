import type { Result } from "lighthouse";

export type PageWeight = { scriptKb: number; scriptFiles: number; scriptRawKb: number; documentKb: number };

type NetworkItem = { url?: string; resourceType?: string; transferSize?: number; resourceSize?: number };

/**
 * First-load JavaScript from the Lighthouse run's network requests: every request of type
 * Script, summed over bytes on the wire (compressed, headers included) and, for reference,
 * decoded size. 1 kB = 1000 bytes. Also the HTML document's transfer size, since Next inlines
 * the React Server Components payload into it as scripts.
 */
export function pageWeight(lhr: Result): PageWeight {
  const details = lhr.audits["network-requests"]?.details as { items?: NetworkItem[] } | undefined;
  const items = details?.items;
  if (!items) throw new Error("Lighthouse result has no network-requests details");
  const scripts = items.filter((item) => item.resourceType === "Script");
  const document = items.find((item) => item.resourceType === "Document");
  return {
    scriptKb: kB(sum(scripts.map((item) => item.transferSize ?? 0))),
    scriptFiles: scripts.length,
    scriptRawKb: kB(sum(scripts.map((item) => item.resourceSize ?? 0))),
    documentKb: kB(document?.transferSize ?? 0),
  };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function kB(bytes: number): number {
  return Math.round(bytes / 100) / 10;
}
