import { log } from "./log";

/** A signed-in reader's identity: the Cookie header value carrying the next-auth session. */
export type Session = { email: string; cookie: string };

/**
 * Signs in through next-auth's credentials callback, as the sign-in form does: fetch a CSRF
 * token (and its cookie), post the credentials, keep the session cookie from Set-Cookie.
 */
export async function signIn(baseUrl: string, email: string, password: string, { quiet = false }: { quiet?: boolean } = {}): Promise<Session> {
  const started = Date.now();
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrfRes.ok) throw new Error(`GET /api/auth/csrf answered ${csrfRes.status}`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken?: string };
  if (!csrfToken) throw new Error("GET /api/auth/csrf gave no csrfToken");
  const csrfCookies = cookiePairs(csrfRes.headers.getSetCookie());

  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookies.join("; ") },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${baseUrl}/courses` }),
  });
  await res.arrayBuffer();
  // The session cookie may be split into numbered chunks when it is large; keep them all.
  const session = cookiePairs(res.headers.getSetCookie()).filter((pair) => /^(__Secure-)?authjs\.session-token(\.\d+)?=./.test(pair));
  if (session.length === 0) throw new Error(`sign-in as ${email} set no session cookie (status ${res.status}, location ${res.headers.get("location")})`);
  if (!quiet) log(`signed in as ${email} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { email, cookie: session.join("; ") };
}

/** Requests the page with the session and checks it is the lesson itself: a 200 with an <h1>. */
export async function verifySession(url: string, session: Session): Promise<string> {
  const res = await fetch(url, { redirect: "manual", headers: { cookie: session.cookie } });
  const html = await res.text();
  if (res.status !== 200) throw new Error(`${url} as ${session.email} answered ${res.status} ${res.headers.get("location") ?? ""}`);
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, "").trim();
  if (!heading) throw new Error(`${url} as ${session.email} has no <h1>`);
  return decodeEntities(heading);
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, code: string) => {
    if (code.startsWith("#x") || code.startsWith("#X")) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith("#")) return String.fromCodePoint(Number(code.slice(1)));
    return named[code] ?? entity;
  });
}

function cookiePairs(setCookies: string[]): string[] {
  return setCookies.map((header) => header.split(";")[0]?.trim() ?? "").filter((pair) => pair.includes("="));
}
