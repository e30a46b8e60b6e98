/**
 * usage: tsx scripts/check-originality.ts [SEEDS_DIR=../shared/seeds] [TREE=.]
 * Reports every run of 8+ consecutive words that a file of TREE shares with a source in SEEDS_DIR,
 * except the titles and attribution listed in this repository's content/originality-allow.yaml.
 * Exit 1 when a run is found, 2 when the input cannot be read.
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { findSharedRuns } from "../lib/content/originality";
import { listRepoTextFiles, loadAllowList, readSources } from "./repo-files";

const seedsDir = path.resolve(process.argv[2] ?? "../shared/seeds");
const tree = path.resolve(process.argv[3] ?? ".");

for (const [name, dir] of [["SEEDS_DIR", seedsDir], ["TREE", tree]] as const) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`check-originality: ${name} ${dir} is not a directory (usage: check-originality.ts [SEEDS_DIR] [TREE])`);
    process.exit(2);
  }
}

let allow: string[];
try {
  allow = loadAllowList();
} catch (error) {
  console.error(`check-originality: ${(error as Error).message}`);
  process.exit(2);
}

const files = listRepoTextFiles(tree);
const runs = findSharedRuns({ sources: readSources(seedsDir), files, allow });
for (const run of runs) console.log(`${run.path}: ${run.words} words shared with a source: "${run.run}"`);
console.log(`files=${files.length} shared_runs=${runs.length}`);
process.exit(runs.length ? 1 : 0);
