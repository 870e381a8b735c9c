-- A step may book two entries in its agency's ledger: the sending agency's normalisation (11% / 8%, decision 24)
-- beside the remittance or supplement it goes with. An entry is now unique per (event, agency, kind).
ALTER TABLE fund.journal_entry DROP CONSTRAINT journal_entry_once;
ALTER TABLE fund.journal_entry ADD CONSTRAINT journal_entry_once UNIQUE (source_event_id, agency_code, kind);
