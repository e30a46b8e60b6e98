import type { NextAuthConfig } from "next-auth";
import { signInRedirectUrl } from "./lib/auth/local-path";

/** Paths a signed-out visitor is sent to sign in for. Access rules themselves live in the guards. */
const signedInOnly = ["/courses", "/join", "/notes", "/teach", "/admin", "/account"];

/**
 * Database-free configuration shared by the proxy and the full auth setup: the proxy must not
 * import the database, and building it from the lazily-configured auth would export a Promise.
 */
export const authConfig = {
  pages: { signIn: "/signin" },
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const path = request.nextUrl.pathname;
      const needsSession = signedInOnly.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
      if (!needsSession || auth?.user) return true;
      // next-auth's own redirect keeps the page's query on the sign-in address and gives the way
      // back as an absolute URL, which the sign-in form (local paths only) would then drop.
      return Response.redirect(signInRedirectUrl(request.nextUrl), 307);
    },
    jwt({ token, user, trigger, session }) {
      // The account page renames the user in place; the name shown in the header lives in the token.
      const renamed = (session as { user?: { name?: unknown } } | undefined)?.user?.name;
      if (trigger === "update" && typeof renamed === "string") token.name = renamed;
      if (user) {
        const claims = user as { id?: string; role?: string; sessionVersion?: number };
        token.uid = claims.id;
        token.role = claims.role;
        token.sv = claims.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      Object.assign(session.user, { id: token.uid, role: token.role, sessionVersion: token.sv });
      return session;
    },
  },
} satisfies NextAuthConfig;
