import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findSharedRuns } from "@/lib/content/originality";
import { listRepoTextFiles, loadAllowList, readSources, repoRoot, sharedSeedsDir } from "@/scripts/repo-files";

describe("originality of the repository", () => {
  it("shares no run of 8+ words with a source document", () => {
    const runs = findSharedRuns({
      sources: readSources(sharedSeedsDir()),
      files: listRepoTextFiles(repoRoot),
      allow: loadAllowList(),
    });
    const report = runs.map((run) => `${run.path}: ${run.words} words shared with a source: "${run.run}"`).join("\n");
    expect(runs, `shared runs found:\n${report}`).toEqual([]);
  });
});

// An invented source and lessons built at run time: no text of the real sources is used here.
const inventedSource = [
  "# The Orchard Almanac",
  "Growers in the valley picked their apples before the first frost settled on the lower terraces.",
  "The cooperative stored the harvest in stone cellars that stayed cool through the whole autumn.",
].join("\n");
const pastedSentence = "The cooperative stored the harvest in stone cellars that stayed cool through the whole autumn.";
const paraphrase = "Once picked, the fruit went down into cold cellars built of stone, where it kept until winter.";

describe("check-originality CLI", () => {
  let dir: string;
  const run = (lesson: string): { status: number; output: string } => {
    const tree = path.join(dir, "tree");
    rmSync(tree, { recursive: true, force: true });
    mkdirSync(path.join(tree, "content", "lessons"), { recursive: true });
    writeFileSync(path.join(tree, "content", "lessons", "01-harvest.md"), `# Harvest\n\n${lesson}\n`);
    try {
      const output = execFileSync(
        process.execPath,
        ["--import", "tsx", path.join(repoRoot, "scripts", "check-originality.ts"), path.join(dir, "seeds"), tree],
        { cwd: repoRoot, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
      );
      return { status: 0, output };
    } catch (error) {
      const failed = error as { status: number | null; stdout: string; stderr: string };
      return { status: failed.status ?? -1, output: `${failed.stdout}${failed.stderr}` };
    }
  };

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "rampart-originality-"));
    mkdirSync(path.join(dir, "seeds"));
    writeFileSync(path.join(dir, "seeds", "invented.txt"), inventedSource);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("fails, naming the lesson, when a sentence of a source is pasted into it", () => {
    const result = run(`Some framing of our own. ${pastedSentence} And a closing remark.`);
    expect(result.status, result.output).toBe(1);
    expect(result.output).toContain(`${path.join("content", "lessons", "01-harvest.md")}: 15 words shared with a source`);
    expect(result.output).toContain("shared_runs=1");
  });

  it("passes when the lesson paraphrases the source", () => {
    const result = run(paraphrase);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain("files=1 shared_runs=0");
  });

  it("exits 2 with a clear message when the seeds directory is missing", () => {
    const missing = path.join(dir, "no-such-seeds");
    const result = (() => {
      try {
        execFileSync(process.execPath, ["--import", "tsx", "scripts/check-originality.ts", missing, "."], {
          cwd: repoRoot,
          encoding: "utf8",
          stdio: ["ignore", "pipe", "pipe"],
        });
        return { status: 0, output: "" };
      } catch (error) {
        const failed = error as { status: number | null; stderr: string };
        return { status: failed.status ?? -1, output: failed.stderr };
      }
    })();
    expect(result.status).toBe(2);
    expect(result.output).toContain(`SEEDS_DIR ${missing} is not a directory`);
  });
});
