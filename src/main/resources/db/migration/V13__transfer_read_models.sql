-- Module reporting: the read models of the transfer monitoring dashboard (decision 21), fed by the transfer module's
-- TransferCaseChanged events, never by reading the transfer tables. Each event is applied once; the figures are kept
-- per agency, month and side, and each case's standing is kept for the backlog.
CREATE SCHEMA IF NOT EXISTS reporting;

-- The events applied so far: an event delivered again (the publication registry delivers at least once) finds its
-- id here and changes nothing.
CREATE TABLE reporting.applied_event
(
  event_id BIGINT PRIMARY KEY,
  case_id  BIGINT NOT NULL
);

-- One agency, month and side (IN: transfer-ins, OUT: transfer-outs).
-- opened: cases opened in the month (a transfer-in accepted, a transfer-out's first contact letter received).
-- completed: cases completed in the month.
-- cohort_completed_1/2/3: of the cases OPENED in the month, those completed at the first, second or third attempt
--   (contact letter), whenever that was: the numerators of the completion rates, whose denominator is opened.
-- funds_moved: transfer-in, the funds received when the case reached INFO_RECEIVED; transfer-out, the pooled fund and
--   the individual account remitted when the info table was issued (INFO_ISSUED); counted in the month of that step.
CREATE TABLE reporting.transfer_month
(
  agency_code        VARCHAR(8)     NOT NULL,
  month_start        DATE           NOT NULL,
  side               VARCHAR(3)     NOT NULL,
  opened             INT            NOT NULL,
  completed          INT            NOT NULL,
  cohort_completed_1 INT            NOT NULL,
  cohort_completed_2 INT            NOT NULL,
  cohort_completed_3 INT            NOT NULL,
  funds_moved        NUMERIC(16, 2) NOT NULL,
  PRIMARY KEY (agency_code, month_start, side)
);

-- Where each case stands after the latest of its steps applied (last_event_id): state, steward, when it was opened
-- and its running due date. A case stays when it is completed or rejected (a rejected transfer-in may send its letter
-- again and reopen); the backlog reads the rows of the states that are not final. Keeping the row means a step
-- delivered late (the listener runs asynchronously, so two steps of one case may be applied in either order) never
-- reopens a case a later step has closed.
CREATE TABLE reporting.case_standing
(
  case_id       BIGINT      PRIMARY KEY,
  agency_code   VARCHAR(8)  NOT NULL,
  side          VARCHAR(3)  NOT NULL,
  state         VARCHAR(30) NOT NULL,
  steward       VARCHAR(64),
  opened_on     DATE        NOT NULL,
  due_on        DATE,
  last_event_id BIGINT      NOT NULL
);
CREATE INDEX case_standing_agency_idx ON reporting.case_standing (agency_code, state);
