import Link from "next/link";

export interface Crumb {
  label: string;
  /** Omitted for a step that is only named (a course without a page of its own here). */
  href?: string;
  /** The page the instructor is on. */
  current?: boolean;
  /** What stands before it; "›" unless a sibling of the step before ("·"). */
  separator?: "›" | "·";
}

/** Where the reader is, with the way back: Teaching › course › … › this page. */
export function Breadcrumb({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="flex flex-wrap gap-x-2">
        {crumbs.map((crumb, index) => (
          <li key={`${index}-${crumb.label}`} className="flex gap-x-2">
            {index > 0 && <span aria-hidden="true">{crumb.separator ?? "›"}</span>}
            {crumb.current ? (
              <span aria-current="page" className="font-medium">
                {crumb.label}
              </span>
            ) : crumb.href ? (
              <Link href={crumb.href} className="text-blue-800 underline underline-offset-4">
                {crumb.label}
              </Link>
            ) : (
              <span>{crumb.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
