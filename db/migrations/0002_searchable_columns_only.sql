-- Helpful votes update articles.helpful_yes/no and reviews.helpful_count; those are not searchable,
-- so they must not bump data_version (which drops every process's catalogue cache and search index).
DROP TRIGGER IF EXISTS articles_update_bumps_data_version;
--> statement-breakpoint
CREATE TRIGGER articles_update_bumps_data_version AFTER UPDATE OF slug, title, summary, body, status, responsible_agency, applicability, principles, badge_kinds ON articles BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS reviews_update_bumps_data_version;
--> statement-breakpoint
CREATE TRIGGER reviews_update_bumps_data_version AFTER UPDATE OF product_id, status, overall, title, pros, cons, use_case, data_classification, published_at ON reviews BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
