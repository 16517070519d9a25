/**
 * A signed-in buyer's shortlists. Every function takes the owner's id and filters on it, so a
 * shortlist that belongs to someone else reads exactly like one that does not exist.
 */
import { and, asc, count, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "~db/client.server";
import { products, providers, shortlistItems, shortlists } from "~db/schema";
import { MAX_NAME_LENGTH, MAX_NOTE_LENGTH } from "./shortlist-fields";

export const shortlistNameSchema = z
  .string({ required_error: "Enter a name for the shortlist" })
  .trim()
  .min(1, "Enter a name for the shortlist")
  .max(MAX_NAME_LENGTH, `Use at most ${MAX_NAME_LENGTH} characters`);

/** "Start a shortlist" and "Rename". */
export const shortlistNameForm = z.object({ name: shortlistNameSchema });

/** A note on one shortlisted product; an empty note clears it. */
export const shortlistNoteForm = z.object({
  productId: z.number({ invalid_type_error: "That product is not on this shortlist." }).int().positive(),
  note: z
    .string()
    .trim()
    .max(MAX_NOTE_LENGTH, `Keep the note to ${MAX_NOTE_LENGTH} characters`)
    .optional()
    .transform((v) => v ?? ""),
});

export function listShortlists({ userId }: { userId: number }) {
  return db()
    .select({ id: shortlists.id, name: shortlists.name, updatedAt: shortlists.updatedAt, items: count(shortlistItems.productId) })
    .from(shortlists)
    .leftJoin(shortlistItems, eq(shortlistItems.shortlistId, shortlists.id))
    .where(eq(shortlists.userId, userId))
    .groupBy(shortlists.id)
    .orderBy(desc(shortlists.updatedAt), desc(shortlists.id))
    .all();
}

export type ShortlistChoice = { id: number; name: string };

export function getShortlist({ id, userId }: { id: number; userId: number }) {
  const list = db()
    .select({ id: shortlists.id, name: shortlists.name, createdAt: shortlists.createdAt, updatedAt: shortlists.updatedAt })
    .from(shortlists)
    .where(and(eq(shortlists.id, id), eq(shortlists.userId, userId)))
    .get();
  if (!list) return null;
  const items = db()
    .select({
      productId: products.id,
      slug: products.slug,
      name: products.name,
      summary: products.summary,
      serviceModel: products.serviceModel,
      providerName: providers.name,
      providerSlug: providers.slug,
      note: shortlistItems.note,
      addedAt: shortlistItems.addedAt,
    })
    .from(shortlistItems)
    .innerJoin(products, eq(products.id, shortlistItems.productId))
    .innerJoin(providers, eq(providers.id, products.providerId))
    .where(eq(shortlistItems.shortlistId, list.id))
    .orderBy(asc(shortlistItems.addedAt), asc(products.name))
    .all();
  return { ...list, items };
}

export type Shortlist = NonNullable<ReturnType<typeof getShortlist>>;

/**
 * The shortlist named in a URL, if it is this user's: anyone else's reads exactly like one that
 * does not exist, so the route answers 404 for both, never 403.
 */
export function findOwnShortlist({ id, userId }: { id: string | undefined; userId: number }): Shortlist | null {
  const n = Number(id);
  return Number.isSafeInteger(n) && n > 0 ? getShortlist({ id: n, userId }) : null;
}

/** The shortlists a buyer can add to, for the "Add to shortlist" controls. */
export function shortlistChoices({ userId }: { userId: number }): ShortlistChoice[] {
  return listShortlists({ userId }).map((s) => ({ id: s.id, name: s.name }));
}

function touch(id: number) {
  db().update(shortlists).set({ updatedAt: new Date().toISOString() }).where(eq(shortlists.id, id)).run();
}

function owns(id: number, userId: number): boolean {
  return !!db()
    .select({ id: shortlists.id })
    .from(shortlists)
    .where(and(eq(shortlists.id, id), eq(shortlists.userId, userId)))
    .get();
}

export function createShortlist({ userId, name }: { userId: number; name: string }): number {
  return db().insert(shortlists).values({ userId, name }).returning({ id: shortlists.id }).get().id;
}

export function renameShortlist({ id, userId, name }: { id: number; userId: number; name: string }): boolean {
  const res = db()
    .update(shortlists)
    .set({ name, updatedAt: new Date().toISOString() })
    .where(and(eq(shortlists.id, id), eq(shortlists.userId, userId)))
    .run();
  return res.changes > 0;
}

export function deleteShortlist({ id, userId }: { id: number; userId: number }): boolean {
  return (
    db()
      .delete(shortlists)
      .where(and(eq(shortlists.id, id), eq(shortlists.userId, userId)))
      .run().changes > 0
  );
}

/** Adds products; one already on the list keeps its note. Returns false if the list is not the user's. */
export function addToShortlist({ id, userId, productIds }: { id: number; userId: number; productIds: number[] }): boolean {
  if (!owns(id, userId)) return false;
  db().transaction((tx) => {
    for (const productId of productIds) {
      tx.insert(shortlistItems).values({ shortlistId: id, productId }).onConflictDoNothing().run();
    }
  });
  touch(id);
  return true;
}

export function removeFromShortlist({ id, userId, productId }: { id: number; userId: number; productId: number }): boolean {
  if (!owns(id, userId)) return false;
  db()
    .delete(shortlistItems)
    .where(and(eq(shortlistItems.shortlistId, id), eq(shortlistItems.productId, productId)))
    .run();
  touch(id);
  return true;
}

export function setShortlistNote({
  id,
  userId,
  productId,
  note,
}: {
  id: number;
  userId: number;
  productId: number;
  note: string;
}): boolean {
  if (!owns(id, userId)) return false;
  const res = db()
    .update(shortlistItems)
    .set({ note })
    .where(and(eq(shortlistItems.shortlistId, id), eq(shortlistItems.productId, productId)))
    .run();
  if (res.changes > 0) touch(id);
  return res.changes > 0;
}
