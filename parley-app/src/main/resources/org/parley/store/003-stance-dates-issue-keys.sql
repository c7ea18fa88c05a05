-- Each stance's date (the contract's stances[].date: its live post's, else its sentence's time expression's,
-- else its document's), and each issue's key (equal keys are one issue across documents: "a truce" and
-- "a ceasefire" are both "ceasefire"). Rows stored before this migration have no date and the lower-case
-- label as their key.

ALTER TABLE stances ADD COLUMN date VARCHAR;   -- TIMEX3 date (2025-08-18, 2025-08 or 2025), or null

ALTER TABLE issues ADD COLUMN issue_key VARCHAR;
UPDATE issues SET issue_key = lower(label);
