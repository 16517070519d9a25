-- The search index (app/search) is tied to this counter: any change to searchable data bumps it,
-- so every app process sharing the database file can tell that its index is stale.
INSERT OR IGNORE INTO meta (key, value, number) VALUES ('data_version', 'searchable data version', 0);
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS providers_insert_bumps_data_version AFTER INSERT ON providers BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS providers_update_bumps_data_version AFTER UPDATE ON providers BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS providers_delete_bumps_data_version AFTER DELETE ON providers BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS products_insert_bumps_data_version AFTER INSERT ON products BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS products_update_bumps_data_version AFTER UPDATE ON products BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS products_delete_bumps_data_version AFTER DELETE ON products BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS categories_insert_bumps_data_version AFTER INSERT ON categories BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS categories_update_bumps_data_version AFTER UPDATE ON categories BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS categories_delete_bumps_data_version AFTER DELETE ON categories BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS product_categories_insert_bumps_data_version AFTER INSERT ON product_categories BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS product_categories_update_bumps_data_version AFTER UPDATE ON product_categories BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS product_categories_delete_bumps_data_version AFTER DELETE ON product_categories BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS badges_insert_bumps_data_version AFTER INSERT ON badges BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS badges_update_bumps_data_version AFTER UPDATE ON badges BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS badges_delete_bumps_data_version AFTER DELETE ON badges BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS reviews_insert_bumps_data_version AFTER INSERT ON reviews BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS reviews_update_bumps_data_version AFTER UPDATE ON reviews BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS reviews_delete_bumps_data_version AFTER DELETE ON reviews BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS review_responses_insert_bumps_data_version AFTER INSERT ON review_responses BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS review_responses_update_bumps_data_version AFTER UPDATE ON review_responses BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS review_responses_delete_bumps_data_version AFTER DELETE ON review_responses BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS articles_insert_bumps_data_version AFTER INSERT ON articles BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS articles_update_bumps_data_version AFTER UPDATE ON articles BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS articles_delete_bumps_data_version AFTER DELETE ON articles BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS article_tags_insert_bumps_data_version AFTER INSERT ON article_tags BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS article_tags_update_bumps_data_version AFTER UPDATE ON article_tags BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS article_tags_delete_bumps_data_version AFTER DELETE ON article_tags BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS tags_insert_bumps_data_version AFTER INSERT ON tags BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS tags_update_bumps_data_version AFTER UPDATE ON tags BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS tags_delete_bumps_data_version AFTER DELETE ON tags BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS agencies_insert_bumps_data_version AFTER INSERT ON agencies BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS agencies_update_bumps_data_version AFTER UPDATE ON agencies BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS agencies_delete_bumps_data_version AFTER DELETE ON agencies BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS product_agencies_insert_bumps_data_version AFTER INSERT ON product_agencies BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS product_agencies_update_bumps_data_version AFTER UPDATE ON product_agencies BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS product_agencies_delete_bumps_data_version AFTER DELETE ON product_agencies BEGIN UPDATE meta SET number = number + 1 WHERE key = 'data_version'; END;
