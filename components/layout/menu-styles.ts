/** The look shared by the header's menus (More, Settings, Theme, Account). */
export const menuPanelClass =
  "z-30 min-w-48 rounded-md border border-slate-200 bg-white p-1 shadow-lg [--anchor-gap:6px] focus:outline-none " +
  "dark:border-slate-700 dark:bg-slate-900";

export const menuItemClass =
  "flex w-full items-center gap-2 rounded px-2.5 py-1.5 text-left text-sm text-slate-800 " +
  "data-focus:bg-slate-100 dark:text-slate-100 dark:data-focus:bg-slate-800";

export const menuHeadingClass = "px-2.5 pt-2 pb-1 text-xs font-semibold text-slate-600 dark:text-slate-300";
