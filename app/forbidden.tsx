import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-xl space-y-4 py-10">
      <h1 className="text-3xl font-bold">You do not have access to this page</h1>
      <p className="text-slate-700">Your account does not have the role or course membership this page needs.</p>
      <Link href="/courses" className="text-blue-800 underline underline-offset-4">
        Back to my courses
      </Link>
    </div>
  );
}
