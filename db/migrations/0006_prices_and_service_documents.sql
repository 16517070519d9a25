CREATE TABLE `price_lists` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`product_id` integer NOT NULL,
	`effective_from` text NOT NULL,
	`items` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`source` text DEFAULT 'provider' NOT NULL,
	`change_id` integer,
	`approved_by` integer,
	`approved_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`change_id`) REFERENCES `listing_changes`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`approved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `price_lists_product_idx` ON `price_lists` (`product_id`,`effective_from`);--> statement-breakpoint
CREATE TABLE `service_documents` (
	`product_id` integer PRIMARY KEY NOT NULL,
	`definition_url` text,
	`definition_date` text,
	`pricing_url` text,
	`pricing_date` text,
	`terms_url` text,
	`terms_date` text,
	`sla_url` text,
	`sla_date` text,
	`sla_availability` real,
	`support_hours` text,
	`source` text DEFAULT 'provider' NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade
);
