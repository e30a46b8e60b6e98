import { randomBytes } from "node:crypto";
import { z } from "zod";
import { emailSchema, newPasswordSchema } from "../../lib/auth/credentials";
import { hashPassword } from "../../lib/auth/password";
import { createUser } from "../queries/users";
import { roles } from "../schema/enums";
import { parseArgs } from "./args";
import { withDatabase } from "./with-database";

const usage = "usage: npm run user:create -- --email EMAIL --role student|instructor|admin [--name NAME] [--password PASSWORD]";
const input = z
  .object({ email: emailSchema, role: z.enum(roles), name: z.string().trim().min(1).optional(), password: newPasswordSchema.optional() })
  .safeParse(parseArgs(process.argv.slice(2)));
if (!input.success) {
  console.error(input.error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`).join("\n"));
  console.error(usage);
  process.exit(2);
}

const { email, role, name = email.split("@")[0] ?? email } = input.data;
const password = input.data.password ?? randomBytes(12).toString("base64url");
await withDatabase(async (handle) => {
  const user = await createUser({ db: handle.db, user: { email, role, name, passwordHash: await hashPassword(password) } });
  if (!user) {
    console.error(`An account with ${email} already exists.`);
    process.exitCode = 1;
  } else {
    console.log(`Created ${role} ${email}${input.data.password ? "" : ` with password ${password}`}`);
  }
});
