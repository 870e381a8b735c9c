-- Module registry: the month a person started drawing the pension at the agency holding the relation (state
-- DRAWING_PENSION, 领取养老待遇), stored as its first day like the months of registry.employment. A person drawing a
-- pension no longer transfers (国办发〔2009〕66号 第二条).
ALTER TABLE registry.insurance_relation ADD COLUMN pension_from DATE;
