import type { ComponentProps } from "react";
import { cx } from "./cx";
import { controlClasses } from "./input";

export type SelectProps = ComponentProps<"select">;

export function Select({ className, children, ...props }: SelectProps) {
  return (
    <select className={cx(controlClasses, "h-9 pr-8", className)} {...props}>
      {children}
    </select>
  );
}
