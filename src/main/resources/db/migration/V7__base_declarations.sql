-- Base declarations (缴费基数申报), added to V5's table:
-- submission_id: the declarations sent in one request share its evidence, stored once under the first change of
--   the request (contribution.declaration_evidence.declaration_id = submission_id); null for a first declaration.
-- previous_base: the base in force when a change was submitted, kept so that the reviewer and the history show
--   "from ... to ..." after the old declaration is superseded.
ALTER TABLE contribution.base_declaration ADD COLUMN submission_id BIGINT;
ALTER TABLE contribution.base_declaration ADD COLUMN previous_base NUMERIC(12, 2);
CREATE INDEX base_declaration_employer_idx ON contribution.base_declaration (employer_id, declaration_year);
