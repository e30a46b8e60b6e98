import Link from "next/link";
import { cookies } from "next/headers";
import { ThemeToggle, type ThemeChoice } from "./theme-toggle";
import { auth } from "@/auth";
import { signOutAction } from "../(auth)/actions";

export async function SiteHeader() {
  const session = await auth();
  const user = session?.user as { name?: string | null; role?: string } | undefined;
  const teaches = user?.role === "instructor" || user?.role === "admin";
  const theme = (await cookies()).get("theme")?.value;
  const themeChoice: ThemeChoice = theme === "dark" || theme === "light" ? theme : "system";
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-bold tracking-tight text-blue-900">
          Rampart
        </Link>
        {user ? (
          <>
            <Link href="/courses" className="text-slate-700 underline-offset-4 hover:underline">
              My courses
            </Link>
            <Link href="/notes" className="text-slate-700 underline-offset-4 hover:underline">
              My notes
            </Link>
            <Link href="/join" className="text-slate-700 underline-offset-4 hover:underline">
              Join a course
            </Link>
            {teaches && (
              <Link href="/teach" className="text-slate-700 underline-offset-4 hover:underline">
                Teaching
              </Link>
            )}
            {user.role === "admin" && (
              <Link href="/admin" className="text-slate-700 underline-offset-4 hover:underline">
                Admin
              </Link>
            )}
            <Link href="/account" className="text-slate-700 underline-offset-4 hover:underline">
              Account
            </Link>
            <span className="ml-auto text-sm text-slate-600">Signed in as {user.name}</span>
            <ThemeToggle initial={themeChoice} />
            <form action={signOutAction}>
              <button type="submit" className="rounded border border-slate-300 px-3 py-1 text-sm text-slate-800 hover:bg-slate-100">
                Sign out
              </button>
            </form>
          </>
        ) : (
          <div className="ml-auto flex items-center gap-4">
            <ThemeToggle initial={themeChoice} />
            <Link href="/signin" className="text-slate-700 underline-offset-4 hover:underline">
              Sign in
            </Link>
            <Link href="/signup" className="rounded bg-blue-700 px-3 py-1 font-medium text-white hover:bg-blue-800">
              Sign up
            </Link>
          </div>
        )}
      </nav>
    </header>
  );
}
