-- The organisation directory: the columns a search needs, read with the owner's rights.
-- Row-level security stops PostgreSQL from using an index for operators that are not leakproof
-- (array containment, LIKE) on a protected table, which turned every search into a full scan.
-- Searches therefore pick candidate ids here (indexes usable; the service adds the caller's scope
-- in SQL) and read the rows themselves from `organisation`, where row-level security still applies.
-- Only registry facts are exposed: id, kind, name, credit code, region, industry, published.
CREATE VIEW organisation_directory AS
  SELECT id, kind, name, name_grams, credit_code, region_code, industry_code, published
  FROM organisation;
--> statement-breakpoint
GRANT SELECT ON organisation_directory TO gongzhi_app;
