-- Interest posting in parallel chunks (decision 19). A run's accounts are planned as contiguous id ranges, one row
-- each, before a worker posts them; a chunk is posted at most once (its posted_at is set in the transaction that
-- posts it). This replaces the single checkpoint, which only one chunk at a time could move.
CREATE TABLE account.interest_posting_chunk
(
  job_id           BIGINT NOT NULL,
  first_account_id BIGINT NOT NULL,
  end_account_id   BIGINT NOT NULL,
  posted_at        TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (job_id, first_account_id)
);

-- A run stopped before this version: the accounts before its checkpoint are posted.
INSERT INTO account.interest_posting_chunk (job_id, first_account_id, end_account_id, posted_at)
SELECT job_id, 0, next_account_id, CURRENT_TIMESTAMP FROM account.interest_posting WHERE next_account_id > 0;

ALTER TABLE account.interest_posting DROP COLUMN next_account_id;
