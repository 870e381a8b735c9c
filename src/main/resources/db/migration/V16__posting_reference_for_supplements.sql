-- A transfer's postings name it in their reference; a supplementary remittance (补转) and its normalisation also
-- name the interest year ("so2025:<transfer id>"), which needs more than 40 characters.
ALTER TABLE account.posting ALTER COLUMN reference SET DATA TYPE VARCHAR(60);
