/** Assistants for a purpose first; the rest stay choosable under a group that says why they are second. */
export function AssistantOptions({
  assistants,
  purpose,
  othersLabel,
}: {
  assistants: { id: string; name: string; purposes: string[] }[];
  /** With no purpose chosen every assistant is suited. */
  purpose: string | undefined;
  othersLabel: string;
}) {
  const suited = purpose ? assistants.filter((a) => a.purposes.includes(purpose)) : assistants;
  const others = purpose ? assistants.filter((a) => !a.purposes.includes(purpose)) : [];
  return (
    <>
      {suited.map((a) => (
        <option key={a.id} value={a.id}>
          {a.name}
        </option>
      ))}
      {others.length > 0 && (
        <optgroup label={othersLabel}>
          {others.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </optgroup>
      )}
    </>
  );
}
