/**
 * Where to go after signing in, kept to this site: a path such as "/teach?x=1". "//host" and
 * "/\host" are refused because browsers read both as another host (an open redirect otherwise).
 */
export function localPathOrNull(value: string | null | undefined): string | null {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  // Control characters (a tab or newline inside "/\t/host") are dropped by URL parsers, which could join the slashes.
  if (/[\u0000-\u001f\u007f]/.test(value)) return null;
  return value;
}

/**
 * The sign-in address for a signed-out visitor who asked for `requested`: only the way back, as a
 * path, so that the requested page's own query does not land on the sign-in page.
 */
export function signInRedirectUrl(requested: URL, signInPath = "/signin"): URL {
  const url = new URL(signInPath, requested.origin);
  url.searchParams.set("callbackUrl", `${requested.pathname}${requested.search}`);
  return url;
}
