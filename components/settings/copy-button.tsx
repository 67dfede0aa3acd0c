"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Copies text; says so for a moment. Where the clipboard is unavailable (plain http), says how instead. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
    setTimeout(() => setState("idle"), 2500);
  }
  return (
    <Button size="sm" onClick={() => void copy()} aria-label={label}>
      <span aria-live="polite">{state === "copied" ? "Copied" : state === "failed" ? "Select and copy it" : "Copy"}</span>
    </Button>
  );
}
