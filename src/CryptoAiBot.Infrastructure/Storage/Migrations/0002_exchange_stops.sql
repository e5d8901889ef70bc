-- The protective stop resting on the exchange for each symbol (at most one), so that a restart knows it.
CREATE TABLE exchange_stops (
    symbol        TEXT    NOT NULL PRIMARY KEY,
    stop_id       TEXT    NOT NULL,
    trigger_price TEXT    NOT NULL,
    base_amount   TEXT    NOT NULL,
    placed_at_ms  BIGINT  NOT NULL
);
