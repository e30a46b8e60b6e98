import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { cache } from "react";
import { z } from "zod";
import { authConfig } from "./auth.config";
import { getDb } from "./db";
import { roles } from "./db/schema/enums";
import { signInSchema } from "./lib/auth/credentials";
import { authenticate } from "./server/auth/authenticate";
import { createGuards } from "./server/auth/guards";
import { readSessionToken } from "./server/auth/session-cookie";

class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}

const nextAuth = NextAuth({
  ...authConfig,
  logger: {
    // A failed sign-in is an expected outcome (and is counted for throttling), not a server error.
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const input = signInSchema.safeParse(credentials);
        if (!input.success) return null;
        const result = await authenticate({
          db: await getDb(),
          email: input.data.email,
          password: input.data.password,
          clientAddress: clientAddressOf(request),
        });
        if (!result.ok) {
          if (result.reason === "throttled") throw new ThrottledSignIn();
          return null;
        }
        return result.user;
      },
    }),
  ],
});

export const { handlers, signIn, signOut, unstable_update: updateSession } = nextAuth;
export const auth = cache(nextAuth.auth);

function clientAddressOf(request: Request): string | undefined {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || undefined;
}

const sessionClaimsSchema = z.object({ uid: z.string().uuid(), role: z.enum(roles), sv: z.number().int() });

/** The claims the jwt callback in auth.config.ts wrote, read from the cookie once per request. */
const sessionClaims = cache(async () => {
  const token = await readSessionToken(await cookies(), process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET);
  const claims = sessionClaimsSchema.safeParse(token);
  return claims.success ? { id: claims.data.uid, role: claims.data.role, sessionVersion: claims.data.sv } : null;
});

export const guards = createGuards({ getDb, getSessionClaims: sessionClaims });
