import { StatusBadge } from "@ag.ds-next/react/status-badge";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { formatDateTime } from "~/platform/dates";
import { WATCH_EVENT_LABELS, type WatchEventKind } from "./vocabulary";

type Notice = { id: number; at: string; kind: WatchEventKind; title: string; detail: string; path: string };

const TONES: Partial<Record<WatchEventKind, "warningMedium" | "errorMedium" | "successMedium">> = {
  badge_due: "warningMedium",
  badge_lapsed: "errorMedium",
  search_unmatch: "warningMedium",
  badge_renewed: "successMedium",
  badge_added: "successMedium",
};

/** What happened to what the person watches, newest first, as a dated list. */
export function NoticeList({ notices }: { notices: Notice[] }) {
  if (notices.length === 0) {
    return <Text as="p">Nothing has changed on what you watch yet. Changes appear here, in your feed and, if you choose, by e-mail.</Text>;
  }
  return (
    <ol className="notice-list" style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {notices.map((n) => (
        <li key={n.id} style={{ borderLeft: "4px solid #6f777b", padding: "0 0 1rem 1rem", overflowWrap: "anywhere" }}>
          <Text as="p" fontSize="xs" color="muted">
            <time dateTime={n.at}>{formatDateTime(n.at)}</time>
          </Text>
          <StatusBadge appearance="subtle" tone={TONES[n.kind] ?? "neutral"} label={WATCH_EVENT_LABELS[n.kind]} />
          <Text as="p">
            <TextLink href={n.path}>{n.title}</TextLink>
          </Text>
          {n.detail ? (
            <Text as="p" fontSize="sm">
              {n.detail}
            </Text>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
