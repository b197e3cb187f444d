-- The vendor register, version 1. The same file serves SQLite and PostgreSQL: ${id} and ${blob}
-- are the two types that differ (Database sets them per dialect). Times are UTC text in one fixed
-- format (2026-11-29T06:50:20.123Z), so that they sort as text in both databases.

CREATE TABLE register_info (
    name  VARCHAR(64) PRIMARY KEY,
    value TEXT NOT NULL
);

-- A vendor; removing it keeps its history (removed_at set) unless it is purged. The latest_* columns,
-- score, grade, failed_high and versions repeat what its latest version and evaluation say (the
-- recheck that records them writes both in one transaction), so that listing thousands of vendors
-- reads one table.
CREATE TABLE vendors (
    id              ${id},
    name            TEXT NOT NULL UNIQUE,
    slug            TEXT NOT NULL UNIQUE,
    source          TEXT NOT NULL,
    tags            TEXT NOT NULL DEFAULT '',
    owner           TEXT,
    review_every    TEXT,
    added_at        TEXT NOT NULL,
    removed_at      TEXT,
    last_checked_at TEXT,
    fetch_failures  INTEGER NOT NULL DEFAULT 0,
    last_failure    TEXT,
    versions        INTEGER NOT NULL DEFAULT 0,
    latest_seq      INTEGER,
    latest_snapshot TEXT,
    latest_text     TEXT,
    latest_at       TEXT,
    score           INTEGER,
    grade           TEXT,
    failed_high     INTEGER
);

-- A version: recorded when the policy's extracted text changed. The snapshot is the archived
-- document ("sha256:..."), text_hash the hash of its text with noise filtered out.
CREATE TABLE versions (
    id           ${id},
    vendor_id    BIGINT NOT NULL REFERENCES vendors (id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    snapshot     TEXT NOT NULL,
    content_type TEXT NOT NULL,
    text_hash    TEXT NOT NULL,
    url          TEXT,
    final_url    TEXT,
    fetched_at   TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    UNIQUE (vendor_id, seq)
);

-- A version checked with one set of rules: its score and grade, and a summary of its key facts as
-- JSON (places with their relation, sensitive field ids, framework ids, what needs attention) for
-- lists of thousands of vendors, which cannot read every report.
CREATE TABLE evaluations (
    id                ${id},
    version_id        BIGINT NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
    rules_fingerprint TEXT NOT NULL,
    profiles          TEXT NOT NULL,
    score             INTEGER NOT NULL,
    grade             TEXT NOT NULL,
    failed_high       INTEGER NOT NULL,
    summary           TEXT NOT NULL,
    evaluated_at      TEXT NOT NULL,
    UNIQUE (version_id, rules_fingerprint)
);

-- An evaluation's report as gzip-compressed JSON, and its digest (each rule's status and a hash of
-- its evidence, as JSON) for telling which decisions need re-review. Kept apart from evaluations so
-- that the rows lists read stay small and close together.
CREATE TABLE reports (
    evaluation_id BIGINT PRIMARY KEY REFERENCES evaluations (id) ON DELETE CASCADE,
    digest        TEXT NOT NULL,
    report        ${blob} NOT NULL
);

-- What a recheck noticed; detail is JSON (the diff's facts, findings and score; failure counts).
CREATE TABLE events (
    id                  ${id},
    vendor_id           BIGINT NOT NULL REFERENCES vendors (id) ON DELETE CASCADE,
    kind                TEXT NOT NULL,
    at                  TEXT NOT NULL,
    version_id          BIGINT REFERENCES versions (id) ON DELETE CASCADE,
    previous_version_id BIGINT REFERENCES versions (id) ON DELETE CASCADE,
    summary             TEXT NOT NULL,
    detail              TEXT NOT NULL
);
CREATE INDEX events_by_vendor ON events (vendor_id, id);

-- A reviewer's decision, overall (rule '') or on one rule, made on a version; "seen" is what the
-- reviewer saw (the rule's status and evidence, or the policy text and grade), so that a later
-- version that changes it marks the decision for re-review.
CREATE TABLE decisions (
    id          ${id},
    vendor_id   BIGINT NOT NULL REFERENCES vendors (id) ON DELETE CASCADE,
    rule        TEXT NOT NULL,
    decision    TEXT NOT NULL,
    decided_by  TEXT NOT NULL,
    decided_at  TEXT NOT NULL,
    note        TEXT NOT NULL,
    version_id  BIGINT NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
    seen        TEXT NOT NULL
);
CREATE INDEX decisions_by_vendor ON decisions (vendor_id, rule, id);
