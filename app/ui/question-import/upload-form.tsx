"use client";

import { uploadQuestionsAction } from "@/app/(teach)/teach/courses/[course]/questions/import/actions";
import { FileOrTextForm } from "@/app/ui/file-or-text-form";

const formats = [
  { value: "detect", label: "Detect from the file" },
  { value: "gift", label: "GIFT" },
  { value: "moodle_xml", label: "Moodle XML" },
  { value: "aiken", label: "Aiken" },
];

/** A question file to upload, or its text pasted; the size is checked here first so a big file is not sent for nothing. */
export function UploadForm({ courseSlug, maxBytes }: { courseSlug: string; maxBytes: number }) {
  return (
    <FileOrTextForm
      action={uploadQuestionsAction}
      courseSlug={courseSlug}
      fileLabel="Question file (GIFT, Moodle XML or Aiken)"
      accept=".gift,.txt,.xml,text/plain,application/xml,text/xml"
      textLabel="Or paste the questions"
      textRows={8}
      monospace
      formats={formats}
      submitLabel="Read the questions"
      maxBytes={maxBytes}
    />
  );
}
