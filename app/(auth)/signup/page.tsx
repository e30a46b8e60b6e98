import type { Metadata } from "next";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default function SignUpPage() {
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="mb-2 text-2xl font-bold">Create a student account</h1>
      <p className="mb-6 text-slate-700">After signing up you join your course with the code your instructor gives you.</p>
      <SignUpForm />
    </div>
  );
}
