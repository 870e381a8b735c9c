-- Module exchange: an info table carries every month of the record it states (decision 28), so a message body
-- can be much longer than before.
ALTER TABLE exchange.outbox_message ALTER COLUMN body SET DATA TYPE VARCHAR(1000000);
ALTER TABLE exchange.inbox_message ALTER COLUMN body SET DATA TYPE VARCHAR(1000000);
ALTER TABLE exchange.refused_message ALTER COLUMN body SET DATA TYPE VARCHAR(1000000);
