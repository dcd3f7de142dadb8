-- Tokens and estimated cost of a generated answer: {"promptTokens", "completionTokens", "costUsd"?}.
ALTER TABLE turns ADD COLUMN usage jsonb;
