import Link from "next/link";

const sections = [
  { href: "/admin", label: "Users" },
  { href: "/admin/courses", label: "Courses" },
  { href: "/admin/audit", label: "Audit log" },
] as const;

export function AdminNav({ current }: { current: (typeof sections)[number]["href"] }) {
  return (
    <nav aria-label="Administration" className="flex gap-4 border-b border-slate-200 pb-2">
      {sections.map((section) => (
        <Link
          key={section.href}
          href={section.href}
          aria-current={section.href === current ? "page" : undefined}
          className="rounded px-2 py-1 text-blue-800 underline-offset-4 hover:underline aria-[current=page]:bg-blue-50 aria-[current=page]:font-semibold aria-[current=page]:text-blue-900"
        >
          {section.label}
        </Link>
      ))}
    </nav>
  );
}
