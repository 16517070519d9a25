CREATE TABLE `assessment_framework_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer NOT NULL,
	`effective_from` text NOT NULL,
	`summary` text NOT NULL,
	`source_title` text NOT NULL,
	`source_url` text NOT NULL,
	`document` text NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assessment_framework_versions_version_unique` ON `assessment_framework_versions` (`version`);--> statement-breakpoint
CREATE TABLE `assessment_reliances` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assessment_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	`user_id` integer,
	`notes` text DEFAULT '' NOT NULL,
	`rescores` text DEFAULT '{}' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reliances_one_per_agency` ON `assessment_reliances` (`assessment_id`,`agency_id`);--> statement-breakpoint
CREATE TABLE `assessment_scores` (
	`assessment_id` integer NOT NULL,
	`quality_key` text NOT NULL,
	`score` integer NOT NULL,
	`justification` text DEFAULT '' NOT NULL,
	`evidence_ref` text,
	PRIMARY KEY(`assessment_id`, `quality_key`),
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`product_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	`framework_version_id` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`data_classification` text NOT NULL,
	`deployment_size` text NOT NULL,
	`use_case` text DEFAULT '' NOT NULL,
	`assessed_on` text,
	`rejection_reason` text,
	`submitted_at` text,
	`moderated_by` integer,
	`moderated_at` text,
	`published_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`framework_version_id`) REFERENCES `assessment_framework_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`moderated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `assessments_product_idx` ON `assessments` (`product_id`,`status`);--> statement-breakpoint
CREATE INDEX `assessments_agency_idx` ON `assessments` (`agency_id`);--> statement-breakpoint
CREATE TABLE `requirement_profiles` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`data_classification` text NOT NULL,
	`minimums` text NOT NULL,
	`framework_version` integer NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
