/** `{first_name}`, `{appointment}`, `{amount}`…: the per-row fields a context template names. */
const FIELD = /\{([a-z][a-z0-9_]*)\}/g;

export function templateFields(template: string): string[] {
  return [...new Set([...template.matchAll(FIELD)].map((m) => m[1]))];
}

/** The template with the row's fields filled in; a field the row lacks is listed, not left as braces. */
export function renderTemplate(template: string, fields: Record<string, string>): { text: string; missing: string[] } {
  const missing: string[] = [];
  const text = template.replace(FIELD, (whole, name: string) => {
    const value = fields[name]?.trim();
    if (value) return value;
    missing.push(name);
    return whole;
  });
  return { text, missing: [...new Set(missing)] };
}
