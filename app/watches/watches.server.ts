/**
 * A person's watches and how they hear of them. Data in, data out: routes check who is asking.
 * Every function takes the person's id and touches only their rows, so one person can never
 * change another's watch by guessing its id.
 */
import { and, count, desc, eq, isNotNull } from "drizzle-orm";
import { db } from "~db/client.server";
import { products, providers, watchEvents, watches, watchNotices, watchSettings } from "~db/schema";
import { newToken } from "~/platform/cookies.server";
import {
  DEFAULT_SHORTLIST_DELIVERY,
  DELIVERY_LABELS,
  type Delivery,
  type ShortlistDelivery,
  type WatchEventKind,
  type WatchTarget,
} from "./vocabulary";

/** Enough for anyone's work, and a bound on what the saved-search check does each time. */
export const MAX_WATCHES = 200;
export const MAX_SAVED_SEARCHES = 25;

const watchColumns = {
  id: watches.id,
  target: watches.target,
  label: watches.label,
  delivery: watches.delivery,
  search: watches.search,
  createdAt: watches.createdAt,
  productSlug: products.slug,
  providerSlug: providers.slug,
};

export interface WatchRow {
  id: number;
  target: WatchTarget;
  label: string;
  delivery: Delivery;
  /** The page the watch follows: the product, the provider, or the saved search in the catalogue. */
  path: string;
  createdAt: string;
}

function pathOf(w: { target: string; search: string | null; productSlug: string | null; providerSlug: string | null }): string {
  if (w.target === "product") return `/products/${w.productSlug}`;
  if (w.target === "provider") return `/providers/${w.providerSlug}`;
  return w.search ? `/products?${w.search}` : "/products";
}

export function watchesOf({ userId }: { userId: number }): WatchRow[] {
  return db()
    .select(watchColumns)
    .from(watches)
    .leftJoin(products, eq(products.id, watches.productId))
    .leftJoin(providers, eq(providers.id, watches.providerId))
    .where(eq(watches.userId, userId))
    .orderBy(watches.target, watches.label)
    .all()
    .map((w) => ({
      id: w.id,
      target: w.target as WatchTarget,
      label: w.label,
      delivery: w.delivery as Delivery,
      path: pathOf(w),
      createdAt: w.createdAt,
    }));
}

/** The person's watch of this product, provider or search, if any, with how they hear of it in words. */
export function watchState(args: { userId: number; productId?: number; providerId?: number; search?: string }) {
  const found = findWatch(args);
  return found ? { id: found.id, how: DELIVERY_LABELS[found.delivery as Delivery].toLowerCase() } : null;
}

/** The person's watch of this product, provider or search, if any. */
export function findWatch({
  userId,
  productId,
  providerId,
  search,
}: {
  userId: number;
  productId?: number;
  providerId?: number;
  search?: string;
}) {
  const on =
    productId !== undefined
      ? eq(watches.productId, productId)
      : providerId !== undefined
        ? eq(watches.providerId, providerId)
        : eq(watches.search, search ?? "");
  return (
    db()
      .select({ id: watches.id, delivery: watches.delivery })
      .from(watches)
      .where(and(eq(watches.userId, userId), on))
      .get() ?? null
  );
}

export type WatchRefusal = "too_many" | "too_many_searches";

/** Starts a watch (or answers the one that exists). */
export function addWatch({
  userId,
  target,
  productId = null,
  providerId = null,
  search = null,
  purchase = null,
  label,
  delivery = "email",
}: {
  userId: number;
  target: WatchTarget;
  productId?: number | null;
  providerId?: number | null;
  search?: string | null;
  purchase?: Record<string, unknown> | null;
  label: string;
  delivery?: Delivery;
}): { id: number } | { refused: WatchRefusal } {
  return db().transaction((tx) => {
    const existing = findWatch({
      userId,
      productId: productId ?? undefined,
      providerId: providerId ?? undefined,
      search: search ?? undefined,
    });
    if (existing) return { id: existing.id };
    const mine = tx.select({ n: count() }).from(watches).where(eq(watches.userId, userId)).get()?.n ?? 0;
    if (mine >= MAX_WATCHES) return { refused: "too_many" as const };
    if (target === "search") {
      const searches = tx
        .select({ n: count() })
        .from(watches)
        .where(and(eq(watches.userId, userId), isNotNull(watches.search)))
        .get()?.n;
      if ((searches ?? 0) >= MAX_SAVED_SEARCHES) return { refused: "too_many_searches" as const };
    }
    ensureSettings(userId);
    return tx
      .insert(watches)
      .values({ userId, target, productId, providerId, search, purchase, label, delivery })
      .returning({ id: watches.id })
      .get();
  });
}

/** Ends one of the person's watches; answers whether there was one. */
export function removeWatch({ userId, watchId }: { userId: number; watchId: number }): boolean {
  return (
    db()
      .delete(watches)
      .where(and(eq(watches.id, watchId), eq(watches.userId, userId)))
      .run().changes === 1
  );
}

export function setWatchDelivery({ userId, watchId, delivery }: { userId: number; watchId: number; delivery: Delivery }): boolean {
  return (
    db()
      .update(watches)
      .set({ delivery })
      .where(and(eq(watches.id, watchId), eq(watches.userId, userId)))
      .run().changes === 1
  );
}

function ensureSettings(userId: number) {
  db().insert(watchSettings).values({ userId, feedSecret: newToken() }).onConflictDoNothing().run();
}

export function settingsOf({ userId }: { userId: number }): { shortlistDelivery: ShortlistDelivery; feedSecret: string | null } {
  const row = db()
    .select({ shortlistDelivery: watchSettings.shortlistDelivery, feedSecret: watchSettings.feedSecret })
    .from(watchSettings)
    .where(eq(watchSettings.userId, userId))
    .get();
  return {
    shortlistDelivery: (row?.shortlistDelivery as ShortlistDelivery | undefined) ?? DEFAULT_SHORTLIST_DELIVERY,
    feedSecret: row?.feedSecret ?? null,
  };
}

export function setShortlistDelivery({ userId, delivery }: { userId: number; delivery: ShortlistDelivery }): void {
  ensureSettings(userId);
  db().update(watchSettings).set({ shortlistDelivery: delivery }).where(eq(watchSettings.userId, userId)).run();
}

/** A new secret for the person's feed: the old address stops working at once. */
export function renewFeedSecret({ userId }: { userId: number }): void {
  ensureSettings(userId);
  db().update(watchSettings).set({ feedSecret: newToken() }).where(eq(watchSettings.userId, userId)).run();
}

export interface NoticeRow {
  id: number;
  at: string;
  kind: WatchEventKind;
  title: string;
  detail: string;
  path: string;
}

/** What the person heard of, newest first: the notifications page and the feed. */
export function recentNotices({ userId, limit = 50 }: { userId: number; limit?: number }): NoticeRow[] {
  return db()
    .select({
      id: watchEvents.id,
      at: watchEvents.at,
      kind: watchEvents.kind,
      title: watchEvents.title,
      detail: watchEvents.detail,
      path: watchEvents.path,
    })
    .from(watchNotices)
    .innerJoin(watchEvents, eq(watchEvents.id, watchNotices.eventId))
    .where(eq(watchNotices.userId, userId))
    .orderBy(desc(watchNotices.id))
    .limit(limit)
    .all()
    .map((n) => ({ ...n, kind: n.kind as WatchEventKind }));
}

/** What a watch form names, by its public slug: the product or provider, or null when there is none. */
export function watchableBySlug({ target, slug }: { target: "product" | "provider"; slug: string }) {
  const table = target === "product" ? products : providers;
  return db().select({ id: table.id, name: table.name }).from(table).where(eq(table.slug, slug)).get() ?? null;
}
