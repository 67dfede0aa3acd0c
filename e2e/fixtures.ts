export const DEMO = {
  password: "callboard-demo",
  users: {
    dispatcher: "dispatcher@callboard.test",
    dispatcher2: "dispatcher2@callboard.test",
    manager: "manager@callboard.test",
    admin: "admin@callboard.test",
  },
} as const;

/** Saved sign-ins live per server port, so two Playwright runs on one machine never share them. */
export const authFile = (role: keyof typeof DEMO.users) => `e2e/.auth/${process.env.E2E_PORT ?? "3107"}/${role}.json`;

export const asRole = (role: keyof typeof DEMO.users) => ({ storageState: authFile(role) });
