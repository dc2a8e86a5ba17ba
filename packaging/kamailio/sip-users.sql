-- The SIP accounts database of packaging/kamailio/kamailio.cfg (auth_db over db_sqlite).
-- Create it once:   sqlite3 /var/lib/safelink-sip/sip.sqlite < sip-users.sql
-- Tables and versions are those of Kamailio 5.6 (/usr/share/kamailio/db_sqlite/): auth_db refuses
-- to start when the `version` row of `subscriber` is missing or different.

CREATE TABLE IF NOT EXISTS version (
    id INTEGER PRIMARY KEY NOT NULL,
    table_name VARCHAR(32) NOT NULL,
    table_version INTEGER DEFAULT 0 NOT NULL,
    CONSTRAINT version_table_name_idx UNIQUE (table_name)
);
INSERT OR IGNORE INTO version (table_name, table_version) VALUES ('version', 1);

-- One row per seat or alarm terminal. No clear-text password is kept (password stays ''):
--   ha1  = md5(username:realm:password)
--   ha1b = md5(username@domain:realm:password)
-- where realm = domain = the SIP_DOMAIN define of kamailio.cfg.
CREATE TABLE IF NOT EXISTS subscriber (
    id INTEGER PRIMARY KEY NOT NULL,
    username VARCHAR(64) DEFAULT '' NOT NULL,
    domain VARCHAR(64) DEFAULT '' NOT NULL,
    password VARCHAR(64) DEFAULT '' NOT NULL,
    ha1 VARCHAR(128) DEFAULT '' NOT NULL,
    ha1b VARCHAR(128) DEFAULT '' NOT NULL,
    CONSTRAINT subscriber_account_idx UNIQUE (username, domain)
);
CREATE INDEX IF NOT EXISTS subscriber_username_idx ON subscriber (username);
INSERT OR IGNORE INTO version (table_name, table_version) VALUES ('subscriber', 7);
