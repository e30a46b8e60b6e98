import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-4 py-10">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="text-slate-700">The page you asked for does not exist or is no longer published.</p>
      <Link href="/" className="text-blue-800 underline underline-offset-4">
        Go to the home page
      </Link>
    </div>
  );
}
