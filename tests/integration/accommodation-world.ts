import { getUserById } from "@/db/queries/users";
import { createGuards, type CurrentUser } from "@/server/auth/guards";
import type { TeachingWorld } from "./teaching-world";

/** Guards as the server builds them, for a signed-in account of the world or for nobody. */
export function guardsAs(world: TeachingWorld, user: CurrentUser | null) {
  return createGuards({
    getDb: async () => world.db,
    getSessionClaims: async () => {
      if (!user) return null;
      const stored = (await getUserById({ db: world.db, id: user.id }))!;
      return { id: stored.id, role: stored.role, sessionVersion: stored.sessionVersion };
    },
  });
}

/** An accommodation input with nothing set, to spread the one adjustment a test needs over. */
export const noAdjustment = { timeMultiplier: null, extraSeconds: null, extraAttempts: null, closesAt: null };

export const secondsAfter = (base: Date, by: number) => new Date(base.getTime() + by * 1000);
