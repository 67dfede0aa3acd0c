"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { MemberRole } from "@/db/schema/enums";
import { can, hasRole } from "@/lib/auth/roles";

const LINKS: { href: string; label: string; roles?: readonly MemberRole[] }[] = [
  { href: "/board", label: "Board" },
  { href: "/calls", label: "Calls" },
  { href: "/calls/new", label: "Place call" },
  { href: "/missed", label: "Missed calls" },
  { href: "/callbacks", label: "Callbacks" },
  { href: "/customers", label: "Customers" },
  { href: "/attention", label: "Attention", roles: can.reviewOutcomes },
  { href: "/outcomes", label: "Outcomes", roles: can.reviewOutcomes },
  { href: "/outcomes/mine", label: "My figures", roles: ["dispatcher"] },
  { href: "/settings", label: "Settings", roles: can.manageSettings },
];

/** A link's `roles` only hides it from those who would get the forbidden page; the page still checks. */
export function NavLinks({ role }: { role?: MemberRole }) {
  const pathname = usePathname();
  const links = LINKS.filter((l) => !l.roles || (role && hasRole(role, l.roles)));
  const nav = useRef<HTMLElement>(null);
  const [more, setMore] = useState({ left: false, right: false });
  // When the links do not fit they scroll sideways: keep the current page's link in view.
  useEffect(() => {
    nav.current?.querySelector('[aria-current="page"]')?.scrollIntoView({ block: "nearest", inline: "center" });
  }, [pathname]);
  // Fade only the edges that hide links, so a cut-off link reads as "more this way".
  useEffect(() => {
    const el = nav.current;
    if (!el) return;
    const update = () => {
      const left = el.scrollLeft > 1;
      const right = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
      setMore((m) => (m.left === left && m.right === right ? m : { left, right }));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    el.addEventListener("scroll", update, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener("scroll", update);
    };
  }, []);
  const mask =
    more.left || more.right
      ? `linear-gradient(to right, ${more.left ? "transparent, black 24px" : "black"}, ${more.right ? "black calc(100% - 24px), transparent" : "black"})`
      : undefined;
  return (
    <nav
      ref={nav}
      aria-label="Main"
      // The links give way first: the workspace switcher and Sign out must stay whole.
      className="flex min-w-0 shrink-[999] items-center gap-1 overflow-x-auto [scrollbar-width:none]"
      style={{ maskImage: mask, WebkitMaskImage: mask }}
    >
      {links.map((l) => {
        const active = pathname === l.href;
        return (
          <Link
            key={l.href}
            href={l.href}
            aria-current={active ? "page" : undefined}
            className={`shrink-0 whitespace-nowrap rounded-md px-2.5 py-1.5 text-sm font-medium lg:px-3 ${
              active
                ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900"
                : "text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
            }`}
          >
            {l.label}
          </Link>
        );
      })}
    </nav>
  );
}
