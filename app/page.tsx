import Link from "next/link";
import { auth } from "@/auth";

export default async function HomePage() {
  const session = await auth();
  return (
    <div className="space-y-10">
      <section className="space-y-4 py-6">
        <h1 className="text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">Read closely. Practise often. Know what you know.</h1>
        <p className="max-w-2xl text-lg text-slate-700">
          Rampart turns security-studies readings into lessons you can work through at your own pace, with practice questions that
          explain themselves and quizzes your instructor can grade quickly.
        </p>
        <div className="flex flex-wrap gap-4">
          {session?.user ? (
            <Link href="/courses" className="rounded bg-blue-700 px-5 py-3 font-medium text-white hover:bg-blue-800">
              Go to my courses
            </Link>
          ) : (
            <>
              <Link href="/signup" className="rounded bg-blue-700 px-5 py-3 font-medium text-white hover:bg-blue-800">
                Create a student account
              </Link>
              <Link href="/signin" className="rounded border border-slate-400 px-5 py-3 font-medium text-slate-900 hover:bg-white">
                Sign in
              </Link>
            </>
          )}
        </div>
      </section>
      <section aria-labelledby="features" className="grid gap-6 sm:grid-cols-3">
        <h2 id="features" className="sr-only">
          What you get
        </h2>
        {[
          ["Lessons from the sources", "Each section of a reading becomes a lesson that says where in the source it comes from."],
          ["Practice with feedback", "Every lesson has a question bank grounded in the text it tests."],
          ["Fair, fast grading", "Time limits and deadlines are enforced on the server, and answers are saved as you work."],
        ].map(([title, text]) => (
          <div key={title} className="rounded-lg border border-slate-200 bg-white p-5">
            <h3 className="mb-2 font-semibold">{title}</h3>
            <p className="text-slate-700">{text}</p>
          </div>
        ))}
      </section>
    </div>
  );
}
