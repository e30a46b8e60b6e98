#!/usr/bin/env node
// Starts Next (`dev` or `start`) with the auth settings next-auth needs. On the embedded demo
// database a secret is generated once and kept in .data/; with a database server it must be given.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const [command = "start", ...rest] = process.argv.slice(2);
const env = { ...process.env, AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true" };

if (!env.AUTH_SECRET) {
  if (env.DATABASE_URL && command === "start") {
    console.error("AUTH_SECRET is required when serving from a database server. Generate one with: openssl rand -base64 32");
    process.exit(1);
  }
  const file = path.join(process.cwd(), ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    console.log("Generated an AUTH_SECRET for the embedded demo in .data/auth-secret");
  }
  env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

const child = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), command, ...rest], {
  env,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
