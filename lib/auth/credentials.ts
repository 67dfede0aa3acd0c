import bcrypt from "bcryptjs";
import { findUserByEmail } from "@/db/queries/users";

// A hash of a random string, compared against when the email is unknown, so a wrong email and a
// wrong password take the same time and the login form does not reveal which accounts exist.
const DUMMY_HASH = "$2b$10$bnvEy/USVj/eQUBq5AlDGuSo3LC.QKEbqzj5hQqiX1iqNjHwSrbsG";

/** The account, and whether the password is its own; an unknown email costs the same compare. */
export async function checkPassword(email: string, password: string) {
  const user = await findUserByEmail({ email });
  const ok = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  return { user, ok: Boolean(user && ok) };
}

export async function verifyCredentials(email: string, password: string) {
  const { user, ok } = await checkPassword(email, password);
  return ok ? user : null;
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, 10);
}
