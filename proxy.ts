import NextAuth from "next-auth";
import { authConfig } from "./auth.config";

// Only cheap redirects of signed-out visitors happen here; every page and action checks access itself.
export default NextAuth(authConfig).auth;

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|ico|txt)$).*)"],
};
