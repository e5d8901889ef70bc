-- The last successful reconciliation of each symbol: the next pass reads the exchange's trades from about then, and
-- /health shows how long ago it was. accepted_offset is base coin an operator accepted as not the bot's.
CREATE TABLE reconciliation_checkpoints (
    symbol           TEXT    NOT NULL PRIMARY KEY,
    reconciled_at_ms BIGINT  NOT NULL,
    accepted_offset  TEXT    NOT NULL
);
