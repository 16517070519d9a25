CREATE TABLE `approach_closing_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`approach_id` integer NOT NULL,
	`previous_closes_at` text NOT NULL,
	`closes_at` text NOT NULL,
	`reason` text NOT NULL,
	`changed_by` integer,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`approach_id`) REFERENCES `approaches`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`changed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `approach_criteria` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`approach_id` integer NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`weight` integer NOT NULL,
	`is_price` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`approach_id`) REFERENCES `approaches`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `approach_criteria_position` ON `approach_criteria` (`approach_id`,`position`);--> statement-breakpoint
CREATE TABLE `approach_decisions` (
	`approach_id` integer PRIMARY KEY NOT NULL,
	`outcome` text NOT NULL,
	`response_id` integer,
	`product_id` integer,
	`contract_value_cents` integer,
	`austender_id` text,
	`reason` text NOT NULL,
	`decided_by` integer,
	`decided_at` text NOT NULL,
	`record` text NOT NULL,
	`checksum` text NOT NULL,
	`sample` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`approach_id`) REFERENCES `approaches`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`response_id`) REFERENCES `approach_responses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `approach_decisions_decided_idx` ON `approach_decisions` (`decided_at`);--> statement-breakpoint
CREATE TABLE `approach_evaluators` (
	`approach_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`added_by` integer,
	`declared_at` text,
	`conflict` integer,
	`declaration` text,
	PRIMARY KEY(`approach_id`, `user_id`),
	FOREIGN KEY (`approach_id`) REFERENCES `approaches`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`added_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `approach_invitations` (
	`approach_id` integer NOT NULL,
	`product_id` integer NOT NULL,
	`provider_id` integer NOT NULL,
	PRIMARY KEY(`approach_id`, `product_id`),
	FOREIGN KEY (`approach_id`) REFERENCES `approaches`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `approach_invitations_provider_idx` ON `approach_invitations` (`provider_id`);--> statement-breakpoint
CREATE TABLE `approach_questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`approach_id` integer NOT NULL,
	`provider_id` integer NOT NULL,
	`asked_by` integer,
	`question` text NOT NULL,
	`asked_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`published_question` text,
	`answer` text,
	`answered_by` integer,
	`answered_at` text,
	FOREIGN KEY (`approach_id`) REFERENCES `approaches`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`asked_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`answered_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `approach_responses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`approach_id` integer NOT NULL,
	`product_id` integer NOT NULL,
	`provider_id` integer NOT NULL,
	`submitted_by` integer,
	`price_cents` integer NOT NULL,
	`body` text NOT NULL,
	`attachments` text DEFAULT '[]' NOT NULL,
	`status` text DEFAULT 'submitted' NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	`submitted_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`approach_id`) REFERENCES `approaches`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`submitted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `approach_responses_one_per_product` ON `approach_responses` (`approach_id`,`product_id`);--> statement-breakpoint
CREATE TABLE `approach_scores` (
	`response_id` integer NOT NULL,
	`criterion_id` integer NOT NULL,
	`evaluator_id` integer NOT NULL,
	`score` integer NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`response_id`, `criterion_id`, `evaluator_id`),
	FOREIGN KEY (`response_id`) REFERENCES `approach_responses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`criterion_id`) REFERENCES `approach_criteria`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`evaluator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `approaches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agency_id` integer NOT NULL,
	`owner_id` integer,
	`shortlist_id` integer,
	`title` text NOT NULL,
	`requirement` text DEFAULT '' NOT NULL,
	`pricing_basis` text DEFAULT '' NOT NULL,
	`purchase` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`closes_at` text NOT NULL,
	`sent_at` text,
	`snapshot` text,
	`source` text DEFAULT 'provider' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`shortlist_id`) REFERENCES `shortlists`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `approaches_agency_idx` ON `approaches` (`agency_id`,`status`);