/**
 * A CSV download. The byte order mark makes Excel read the file as UTF-8 (names with accents);
 * other readers skip it. Never cached: it holds learners' grades.
 */
export function csvResponse({ fileName, csv }: { fileName: string; csv: string }): Response {
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
