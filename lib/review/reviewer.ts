/** Who reviews: a signed-in manager or admin (a `Member` fits), in their current workspace. */
export type Reviewer = {
  workspace: { id: string; timeZone: string };
  user: { id: string; name: string };
};

export const CALL_NOT_FOUND = "That call was not found in this workspace.";
