const styles: Record<string, string> = {
  active: "bg-green-100 text-green-900",
  pending: "bg-amber-100 text-amber-900",
  deactivated: "bg-slate-200 text-slate-900",
};

const labels: Record<string, string> = { active: "Active", pending: "Waiting for password", deactivated: "Deactivated" };

export function StatusBadge({ status }: { status: string }) {
  return <span className={`rounded px-2 py-0.5 text-sm font-medium ${styles[status] ?? ""}`}>{labels[status] ?? status}</span>;
}
