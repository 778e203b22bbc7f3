/**
 * Password hashing for sign-in: argon2id with the OWASP Password Storage Cheat Sheet's minimum
 * parameters (19 MiB, 2 passes, 1 lane). The parameters travel inside the PHC string, so hashes
 * made today still verify after the parameters are raised.
 */
import { hash, verify, type Options } from '@node-rs/argon2';

/**
 * `Algorithm.Argon2id` of @node-rs/argon2. Its `Algorithm` is a `const enum` with no runtime
 * object, which `isolatedModules` cannot inline, so the value is spelled out here.
 */
const ARGON2ID = 2;

const ARGON2_OPTIONS: Options = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export async function hashPassword(plain: string): Promise<string> {
  return hash(plain, ARGON2_OPTIONS);
}

/** False (never an exception) for a wrong password or a hash that is not a valid argon2 string. */
export async function verifyPassword(passwordHash: string, plain: string): Promise<boolean> {
  try {
    return await verify(passwordHash, plain);
  } catch {
    return false;
  }
}
