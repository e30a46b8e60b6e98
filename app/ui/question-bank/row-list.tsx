"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { orderField, rowField } from "@/lib/question-bank/form-fields";
import { FieldError, control, describedBy } from "@/app/ui/fields";

/**
 * A repeating group of rows (options, answers, pairs, items, criteria, levels). Row ids never
 * change when rows move, so a field's error stays beside it; `<group>.order` tells the server the
 * order shown. Adding, removing and moving rows need scripts; blank rows are ignored on save.
 */

const button = "rounded border border-slate-400 px-3 py-1 text-sm text-slate-800 hover:bg-slate-100 disabled:opacity-50";

interface RowListProps {
  group: string;
  legend: string;
  hint?: string;
  /** "Option" → rows are "Option 1", "Option 2" … */
  rowNoun: string;
  values: Record<string, string>;
  errors: Record<string, string[] | undefined>;
  /** The field to focus in a new row. */
  firstField: string;
  movable?: boolean;
  maxRows?: number;
  onRowsChange: () => void;
  children: (id: string, label: string) => ReactNode;
}

export function RowList({ group, legend, hint, rowNoun, values, errors, firstField, movable = false, maxRows = 30, onRowsChange, children }: RowListProps) {
  const [rows, setRows] = useState(() => (values[orderField(group)] ?? "").split(",").filter((id) => /^\d+$/.test(id)));
  const [announcement, setAnnouncement] = useState("");
  const focusNext = useRef<string | null>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    onRowsChange();
    if (focusNext.current) document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  }, [rows, onRowsChange]);

  function add() {
    // Never reuse an id the last answer from the server still has values for.
    const used = new Set([...rows, ...Object.keys(values).filter((name) => name.startsWith(`${group}.`)).map((name) => name.slice(group.length + 1).split(".")[0]!)]);
    let next = rows.length;
    while (used.has(String(next))) next++;
    const id = String(next);
    setRows([...rows, id]);
    focusNext.current = rowField(group, id, firstField);
    setAnnouncement(`${rowNoun} ${rows.length + 1} added.`);
  }
  function remove(index: number) {
    const next = rows.filter((_, at) => at !== index);
    setRows(next);
    const neighbour = next[index] ?? next[index - 1];
    focusNext.current = neighbour ? rowField(group, neighbour, firstField) : `${group}-add`;
    setAnnouncement(`${rowNoun} ${index + 1} removed. ${next.length} left.`);
  }
  function move(index: number, by: -1 | 1) {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    next.splice(index + by, 0, row!);
    setRows(next);
    const position = index + by;
    focusNext.current = `${group}-${row}-${position === 0 ? "down" : position === next.length - 1 ? "up" : by < 0 ? "up" : "down"}`;
    setAnnouncement(`${rowNoun} moved to position ${position + 1} of ${next.length}.`);
  }

  const groupErrors = errors[group];
  return (
    <fieldset className="space-y-3" aria-describedby={describedBy(hint && `${group}-hint`, groupErrors?.length && `${group}-error`)}>
      <legend id={group} tabIndex={-1} className="font-semibold text-slate-900">
        {legend}
      </legend>
      <input type="hidden" name={orderField(group)} value={rows.join(",")} />
      {hint && (
        <p id={`${group}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <FieldError id={`${group}-error`} errors={groupErrors} />
      <ol className="space-y-3">
        {rows.map((id, index) => {
          const label = `${rowNoun} ${index + 1}`;
          return (
            <li key={id} className="space-y-2 rounded border border-slate-300 p-3">
              {children(id, label)}
              <div className="flex flex-wrap gap-2">
                {movable && (
                  <>
                    <button type="button" id={`${group}-${id}-up`} className={button} disabled={index === 0} onClick={() => move(index, -1)}>
                      Move up<span className="sr-only"> {label.toLowerCase()}</span>
                    </button>
                    <button type="button" id={`${group}-${id}-down`} className={button} disabled={index === rows.length - 1} onClick={() => move(index, 1)}>
                      Move down<span className="sr-only"> {label.toLowerCase()}</span>
                    </button>
                  </>
                )}
                <button type="button" className={button} onClick={() => remove(index)}>
                  Remove<span className="sr-only"> {label.toLowerCase()}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" id={`${group}-add`} className={button} disabled={rows.length >= maxRows} onClick={add}>
        Add {rowNoun.toLowerCase()}
        <span className="sr-only"> to {legend.toLowerCase()}</span>
      </button>
      <p aria-live="polite" role="status" className="sr-only">
        {announcement}
      </p>
    </fieldset>
  );
}

/** One field of a row: its visible label is short; its accessible name says which row it is in. */
export function RowField({ group, id, field, label, rowLabel, values, errors, inputMode, multiline, className }: {
  group: string;
  id: string;
  field: string;
  label: string;
  rowLabel: string;
  values: Record<string, string>;
  errors: Record<string, string[] | undefined>;
  inputMode?: "decimal";
  multiline?: boolean;
  className?: string;
}) {
  const name = rowField(group, id, field);
  const fieldErrors = errors[name];
  const shared = {
    id: name,
    name,
    defaultValue: values[name] ?? "",
    "aria-invalid": fieldErrors?.length ? true : undefined,
    "aria-describedby": fieldErrors?.length ? `${name}-error` : undefined,
    className: control,
  };
  return (
    <div className={`space-y-1 ${className ?? ""}`}>
      <label htmlFor={name} className="block text-sm font-medium text-slate-800">
        <span className="sr-only">{rowLabel} </span>
        {label}
      </label>
      {multiline ? <textarea rows={2} {...shared} /> : <input {...shared} inputMode={inputMode} autoComplete="off" />}
      <FieldError id={`${name}-error`} errors={fieldErrors} />
    </div>
  );
}
