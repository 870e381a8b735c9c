-- Module transfer: the items of a case's checklist (its category's) that the steward has ticked, by whom and when.
CREATE TABLE transfer.checklist_tick
(
  case_id   BIGINT      NOT NULL REFERENCES transfer.transfer_case (id),
  item      INT         NOT NULL,
  ticked_by VARCHAR(64) NOT NULL,
  ticked_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (case_id, item)
);
