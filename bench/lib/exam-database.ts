import postgres from "postgres";
import { log } from "./log";

export type ScratchDatabase = { url: string; name: string; drop: () => Promise<void> };

/**
 * A new, empty database next to the one DATABASE_URL names (same server and account), for one
 * run: the benchmark's server migrates and seeds it like the browser tests' server does a fresh
 * one (its seeding is not meant to run twice on one database), and every run starts from the same
 * empty tables. Any leftover of an earlier run under the same name is dropped first.
 */
export async function createScratchDatabase(baseUrl: string, suffix: string): Promise<ScratchDatabase> {
  const url = new URL(baseUrl);
  const base = decodeURIComponent(url.pathname.replace(/^\//, "")) || "postgres";
  const name = `${base}_${suffix}`.toLowerCase().replace(/[^a-z0-9_]/g, "_").slice(0, 63);
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  url.pathname = `/${name}`;
  log(`created database ${name} on ${url.host}`);
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const client = postgres(baseUrl, { max: 1, onnotice: () => {} });
      try {
        await client.unsafe(`drop database if exists "${name}" with (force)`);
        log(`dropped database ${name}`);
      } finally {
        await client.end();
      }
    },
  };
}
