"use client";

import { useFormStatus } from "react-dom";

/** The form's main button, disabled while the server action runs so nobody submits twice. */
export function SubmitButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="rounded bg-brand px-6 py-3 font-semibold text-white hover:bg-brand-strong disabled:bg-muted"
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
