-- Module registry: read views published for set-based work in other modules (decision 18). Other modules read
-- persons and employments through these views only, never the tables; the registry may change its tables and
-- keep the views.
CREATE VIEW registry.person_identity AS
  SELECT id AS person_id, id_number, name FROM registry.insured_person;
CREATE VIEW registry.employment_period AS
  SELECT insured_person AS person_id, employer_id, agency_code, first_month, last_month FROM registry.employment;

-- Module contribution: the name as declared, so that the registry checks of an import run set-wise after staging.
ALTER TABLE contribution.import_row ADD COLUMN declared_name VARCHAR(100);
-- The person is found by ID number when the good rows are imported; the staged rows no longer carry it.
ALTER TABLE contribution.import_row DROP COLUMN person_id;
