CREATE TABLE `email_opt_outs` (
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`user_id`, `kind`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `unsubscribe_tokens` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`used_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `watch_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`kind` text NOT NULL,
	`product_id` integer,
	`provider_id` integer,
	`title` text NOT NULL,
	`detail` text DEFAULT '' NOT NULL,
	`path` text NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `watch_events_at_idx` ON `watch_events` (`at`);--> statement-breakpoint
CREATE TABLE `watch_notices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`watch_id` integer,
	`delivery` text NOT NULL,
	`digested_at` text,
	FOREIGN KEY (`event_id`) REFERENCES `watch_events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`watch_id`) REFERENCES `watches`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `watch_notices_unique` ON `watch_notices` (`event_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `watch_notices_user_idx` ON `watch_notices` (`user_id`,`id`);--> statement-breakpoint
CREATE TABLE `watch_settings` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`shortlist_delivery` text DEFAULT 'digest' NOT NULL,
	`feed_secret` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `watches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`target` text NOT NULL,
	`product_id` integer,
	`provider_id` integer,
	`search` text,
	`purchase` text,
	`label` text NOT NULL,
	`delivery` text DEFAULT 'email' NOT NULL,
	`matching` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `watches_product_unique` ON `watches` (`user_id`,`product_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `watches_provider_unique` ON `watches` (`user_id`,`provider_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `watches_search_unique` ON `watches` (`user_id`,`search`);--> statement-breakpoint
CREATE INDEX `watches_product_idx` ON `watches` (`product_id`);--> statement-breakpoint
CREATE INDEX `watches_provider_idx` ON `watches` (`provider_id`);--> statement-breakpoint
ALTER TABLE `outbox` ADD `unsubscribe_url` text;