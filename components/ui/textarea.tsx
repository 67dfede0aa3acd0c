import type { ComponentProps } from "react";
import { cx } from "./cx";
import { controlClasses } from "./input";

export type TextareaProps = ComponentProps<"textarea">;

export function Textarea({ className, rows = 3, ...props }: TextareaProps) {
  return <textarea rows={rows} className={cx(controlClasses, "min-h-16 resize-y py-1.5 leading-snug", className)} {...props} />;
}
