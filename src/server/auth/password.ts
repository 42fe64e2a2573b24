import argon2 from 'argon2';

/** argon2id with the library's defaults (m=64 MiB, t=3, p=4). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

// A real hash to verify against when the user does not exist, so that a wrong username costs the same time.
const DUMMY_HASH =
  '$argon2id$v=19$m=65536,t=3,p=4$7ea+5/eaj7AtoxEzi7H+Cw$wJ1bJpThP1jhwVHuuv+EgJtvWIkahZ71+rUCt61PmnI';

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  try {
    const ok = await argon2.verify(hash ?? DUMMY_HASH, password);
    return hash !== null && ok;
  } catch {
    return false;
  }
}
