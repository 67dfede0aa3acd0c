export const DEMO = {
  password: "callboard-demo",
  users: {
    dispatcher: "dispatcher@callboard.test",
    dispatcher2: "dispatcher2@callboard.test",
    manager: "manager@callboard.test",
    admin: "admin@callboard.test",
  },
} as const;

export const asRole = (role: keyof typeof DEMO.users) => ({ storageState: `e2e/.auth/${role}.json` });
