-- ClaimDesk: an empty SQLite catalogue as the migrations leave it (written by
-- tools/sqlite_schema.py: make schema; do not edit by hand).
-- revision: 0017
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
CREATE TABLE article (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	title TEXT NOT NULL, 
	title_folded TEXT NOT NULL, 
	outlet VARCHAR(300) NOT NULL, 
	outlet_folded VARCHAR(300) NOT NULL, 
	url TEXT NOT NULL, 
	published VARCHAR(10), 
	language VARCHAR(20) NOT NULL, 
	text TEXT NOT NULL, 
	text_hash VARCHAR(64) NOT NULL, 
	source_name TEXT NOT NULL, 
	source_format VARCHAR(20) NOT NULL, 
	imported_at DATETIME NOT NULL, 
	note TEXT NOT NULL, version INTEGER DEFAULT '1' NOT NULL, text_version INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT uq_article_text_hash UNIQUE (text_hash)
);
CREATE TABLE speaker (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	name VARCHAR(300) NOT NULL, 
	name_folded VARCHAR(300) NOT NULL, 
	role VARCHAR(300) NOT NULL, 
	organisation VARCHAR(300) NOT NULL, 
	note TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL
, version INTEGER DEFAULT '1' NOT NULL);
CREATE TABLE claim (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	article_id INTEGER NOT NULL, 
	speaker_id INTEGER, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	quote TEXT NOT NULL, 
	quote_folded TEXT NOT NULL, 
	context_before TEXT NOT NULL, 
	context_after TEXT NOT NULL, 
	kind VARCHAR(10) NOT NULL, 
	note TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, version INTEGER DEFAULT '1' NOT NULL, created_by VARCHAR(200) DEFAULT '' NOT NULL, updated_by VARCHAR(200) DEFAULT '' NOT NULL, text_version INTEGER DEFAULT '1' NOT NULL, anchor_state VARCHAR(12) DEFAULT 'exact' NOT NULL, anchor_score FLOAT DEFAULT '1' NOT NULL, made_on_version INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT ck_claim_kind CHECK (kind IN ('direct', 'indirect', 'claim')), 
	CONSTRAINT ck_claim_span_order CHECK (start >= 0 AND start < "end"), 
	CONSTRAINT fk_claim_article_id_article FOREIGN KEY(article_id) REFERENCES article (id) ON DELETE CASCADE, 
	CONSTRAINT fk_claim_speaker_id_speaker FOREIGN KEY(speaker_id) REFERENCES speaker (id) ON DELETE SET NULL
);
CREATE TABLE speaker_alias (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	speaker_id INTEGER NOT NULL, 
	alias VARCHAR(300) NOT NULL, 
	alias_folded VARCHAR(300) NOT NULL, 
	CONSTRAINT fk_speaker_alias_speaker_id_speaker FOREIGN KEY(speaker_id) REFERENCES speaker (id) ON DELETE CASCADE, 
	CONSTRAINT uq_speaker_alias_speaker_id UNIQUE (speaker_id, alias_folded)
);
CREATE TABLE claim_link (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	from_claim_id INTEGER NOT NULL, 
	to_claim_id INTEGER NOT NULL, 
	relation VARCHAR(12) NOT NULL, 
	note TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT ck_claim_link_relation CHECK (relation IN ('same', 'similar', 'contradicts')), 
	CONSTRAINT ck_claim_link_not_self CHECK (from_claim_id <> to_claim_id), 
	CONSTRAINT fk_claim_link_from_claim_id_claim FOREIGN KEY(from_claim_id) REFERENCES claim (id) ON DELETE CASCADE, 
	CONSTRAINT fk_claim_link_to_claim_id_claim FOREIGN KEY(to_claim_id) REFERENCES claim (id) ON DELETE CASCADE, 
	CONSTRAINT uq_claim_link_pair UNIQUE (from_claim_id, to_claim_id, relation)
);
CREATE TABLE claim_tag (
	claim_id INTEGER NOT NULL, 
	tag VARCHAR(200) NOT NULL, 
	CONSTRAINT pk_claim_tag PRIMARY KEY (claim_id, tag), 
	CONSTRAINT fk_claim_tag_claim_id_claim FOREIGN KEY(claim_id) REFERENCES claim (id) ON DELETE CASCADE
);
CREATE TABLE catalogue_state (
	id INTEGER NOT NULL, 
	changes INTEGER DEFAULT '0' NOT NULL, 
	CONSTRAINT pk_catalogue_state PRIMARY KEY (id)
);
CREATE TABLE claim_sort_keys (
	claim_id INTEGER NOT NULL, 
	speaker TEXT NOT NULL, 
	article TEXT NOT NULL, 
	outlet TEXT NOT NULL, 
	published TEXT NOT NULL, 
	quote TEXT NOT NULL, tag TEXT DEFAULT '' NOT NULL, 
	CONSTRAINT pk_claim_sort_keys PRIMARY KEY (claim_id), 
	CONSTRAINT fk_claim_sort_keys_claim_id_claim FOREIGN KEY(claim_id) REFERENCES claim (id) ON DELETE CASCADE
);
CREATE TABLE article_version (
	article_id INTEGER NOT NULL, 
	number INTEGER NOT NULL, 
	text TEXT, 
	text_hash VARCHAR(64) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(200) DEFAULT '' NOT NULL, 
	source TEXT NOT NULL, 
	CONSTRAINT pk_article_version PRIMARY KEY (article_id, number), 
	CONSTRAINT ck_article_version_ck_article_version_number CHECK (number >= 1), 
	CONSTRAINT fk_article_version_article_id_article FOREIGN KEY(article_id) REFERENCES article (id) ON DELETE CASCADE
);
CREATE TABLE page_snapshot (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	article_id INTEGER NOT NULL, 
	text_version INTEGER NOT NULL, 
	address TEXT NOT NULL, 
	url TEXT NOT NULL, 
	redirects TEXT DEFAULT '[]' NOT NULL, 
	status INTEGER NOT NULL, 
	content_type TEXT DEFAULT '' NOT NULL, 
	last_modified TEXT DEFAULT '' NOT NULL, 
	etag TEXT DEFAULT '' NOT NULL, 
	fetched_at DATETIME NOT NULL, 
	size INTEGER NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	body BLOB NOT NULL, 
	CONSTRAINT fk_page_snapshot_article_id_article FOREIGN KEY(article_id) REFERENCES article (id) ON DELETE CASCADE
);
CREATE TABLE claim_cluster_member (
	claim_id INTEGER NOT NULL, 
	cluster_id INTEGER NOT NULL, 
	article_id INTEGER NOT NULL, 
	CONSTRAINT pk_claim_cluster_member PRIMARY KEY (claim_id), 
	CONSTRAINT fk_claim_cluster_member_article_id_article FOREIGN KEY(article_id) REFERENCES article (id) ON DELETE CASCADE, 
	CONSTRAINT fk_claim_cluster_member_claim_id_claim FOREIGN KEY(claim_id) REFERENCES claim (id) ON DELETE CASCADE, 
	CONSTRAINT fk_claim_cluster_member_cluster_id_claim_cluster FOREIGN KEY(cluster_id) REFERENCES claim_cluster (id) ON DELETE CASCADE
);
CREATE TABLE verdict_status (
	"key" VARCHAR(20) NOT NULL, 
	label VARCHAR(100) NOT NULL, 
	position INTEGER DEFAULT '0' NOT NULL, 
	rated BOOLEAN DEFAULT '1' NOT NULL, 
	version INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_verdict_status PRIMARY KEY ("key")
);
CREATE TABLE "claim_cluster" (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	status VARCHAR(20) DEFAULT 'unchecked' NOT NULL, 
	explanation TEXT DEFAULT ('') NOT NULL, 
	review_url TEXT DEFAULT ('') NOT NULL, 
	reviewer VARCHAR(200) DEFAULT ('') NOT NULL, 
	reviewed_on VARCHAR(10), 
	confirmed BOOLEAN DEFAULT '0' NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	created_by VARCHAR(200) DEFAULT ('') NOT NULL, 
	updated_by VARCHAR(200) DEFAULT ('') NOT NULL, 
	version INTEGER DEFAULT '1' NOT NULL
);
CREATE TABLE tag_label (
	tag VARCHAR(200) NOT NULL, 
	label VARCHAR(200) NOT NULL, 
	CONSTRAINT pk_tag_label PRIMARY KEY (tag)
);
CREATE VIRTUAL TABLE claim_search USING fts5(quote_folded, content='claim', content_rowid='id', tokenize='trigram case_sensitive 1', detail='full');
CREATE VIRTUAL TABLE claim_search_terms USING fts5vocab(claim_search, 'instance');
CREATE INDEX ix_article_outlet_folded ON article (outlet_folded);
CREATE INDEX ix_article_published ON article (published);
CREATE INDEX ix_speaker_name_folded ON speaker (name_folded);
CREATE INDEX ix_claim_article_start ON claim (article_id, start);
CREATE INDEX ix_claim_speaker_id ON claim (speaker_id);
CREATE INDEX ix_speaker_alias_alias_folded ON speaker_alias (alias_folded);
CREATE INDEX ix_claim_link_from_claim_id ON claim_link (from_claim_id);
CREATE INDEX ix_claim_link_to_claim_id ON claim_link (to_claim_id);
CREATE INDEX ix_claim_tag_tag ON claim_tag (tag);
CREATE INDEX ix_claim_kind_id ON claim (kind, id);
CREATE INDEX ix_claim_created_at_id ON claim (created_at, id);
CREATE INDEX ix_claim_created_by_id ON claim (created_by, id);
CREATE INDEX ix_claim_updated_by_id ON claim (updated_by, id);
CREATE INDEX ix_article_title_folded ON article (title_folded);
CREATE INDEX ix_claim_sort_keys_speaker ON claim_sort_keys (speaker, claim_id);
CREATE INDEX ix_claim_sort_keys_article ON claim_sort_keys (article, claim_id);
CREATE INDEX ix_claim_sort_keys_outlet ON claim_sort_keys (outlet, claim_id);
CREATE INDEX ix_claim_sort_keys_published ON claim_sort_keys (published, claim_id);
CREATE INDEX ix_claim_sort_keys_quote ON claim_sort_keys (quote, claim_id);
CREATE INDEX ix_claim_quote_tail1 ON claim (substr(quote_folded, -1));
CREATE INDEX ix_claim_quote_tail2 ON claim (substr(quote_folded, -2));
CREATE INDEX ix_page_snapshot_article_id ON page_snapshot (article_id);
CREATE INDEX ix_claim_orphaned ON claim (article_id, start) WHERE anchor_state = 'orphaned';
CREATE INDEX ix_claim_cluster_member_cluster_id ON claim_cluster_member (cluster_id);
CREATE INDEX ix_claim_cluster_status ON claim_cluster (status);
CREATE INDEX ix_article_id_published ON article (id, published);
CREATE INDEX ix_article_listing ON article (imported_at, id, title, outlet, url, published, language, text_hash, source_name, source_format, note, version, text_version);
CREATE INDEX ix_claim_sort_keys_tag ON claim_sort_keys (tag, claim_id);
CREATE TRIGGER claim_sort_keys_claim_delete AFTER DELETE ON claim BEGIN
            DELETE FROM claim_sort_keys WHERE claim_id = OLD.id;
        END;
CREATE TRIGGER claim_search_insert AFTER INSERT ON claim BEGIN
            INSERT INTO claim_search (rowid, quote_folded) VALUES (NEW.id, NEW.quote_folded);
        END;
CREATE TRIGGER claim_search_delete AFTER DELETE ON claim BEGIN
            INSERT INTO claim_search (claim_search, rowid, quote_folded)
            VALUES ('delete', OLD.id, OLD.quote_folded);
        END;
CREATE TRIGGER claim_search_update AFTER UPDATE OF quote_folded ON claim BEGIN
            INSERT INTO claim_search (claim_search, rowid, quote_folded)
            VALUES ('delete', OLD.id, OLD.quote_folded);
            INSERT INTO claim_search (rowid, quote_folded) VALUES (NEW.id, NEW.quote_folded);
        END;
CREATE TRIGGER claim_sort_keys_claim_insert AFTER INSERT ON claim BEGIN
                INSERT OR REPLACE INTO claim_sort_keys (claim_id, speaker, article, outlet, published, quote, tag)
                VALUES (NEW.id, 
    ltrim(coalesce((SELECT name_folded FROM speaker WHERE id = NEW.speaker_id), ''), ' "''«»„“”‟‘’‚‛‹›「」『』()[]{}<>-‐‑‒–—―…*#.,:;!?¡¿/|_~•·'),
    ltrim(coalesce((SELECT title_folded FROM article WHERE id = NEW.article_id), ''), ' "''«»„“”‟‘’‚‛‹›「」『』()[]{}<>-‐‑‒–—―…*#.,:;!?¡¿/|_~•·'),
    ltrim(coalesce((SELECT outlet_folded FROM article WHERE id = NEW.article_id), ''), ' "''«»„“”‟‘’‚‛‹›「」『』()[]{}<>-‐‑‒–—―…*#.,:;!?¡¿/|_~•·'),
    coalesce((SELECT published FROM article WHERE id = NEW.article_id), ''),
    substr(NEW.quote_folded, 1, 80),
    coalesce((SELECT min(tag) FROM claim_tag WHERE claim_id = NEW.id), ''));
            END;
CREATE TRIGGER claim_sort_keys_claim_update
            AFTER UPDATE OF speaker_id, article_id, quote_folded ON claim BEGIN
                INSERT OR REPLACE INTO claim_sort_keys (claim_id, speaker, article, outlet, published, quote, tag)
                VALUES (NEW.id, 
    ltrim(coalesce((SELECT name_folded FROM speaker WHERE id = NEW.speaker_id), ''), ' "''«»„“”‟‘’‚‛‹›「」『』()[]{}<>-‐‑‒–—―…*#.,:;!?¡¿/|_~•·'),
    ltrim(coalesce((SELECT title_folded FROM article WHERE id = NEW.article_id), ''), ' "''«»„“”‟‘’‚‛‹›「」『』()[]{}<>-‐‑‒–—―…*#.,:;!?¡¿/|_~•·'),
    ltrim(coalesce((SELECT outlet_folded FROM article WHERE id = NEW.article_id), ''), ' "''«»„“”‟‘’‚‛‹›「」『』()[]{}<>-‐‑‒–—―…*#.,:;!?¡¿/|_~•·'),
    coalesce((SELECT published FROM article WHERE id = NEW.article_id), ''),
    substr(NEW.quote_folded, 1, 80),
    coalesce((SELECT min(tag) FROM claim_tag WHERE claim_id = NEW.id), ''));
            END;
CREATE TRIGGER claim_sort_keys_speaker_update AFTER UPDATE OF name_folded ON speaker
            BEGIN
                UPDATE claim_sort_keys SET speaker = ltrim(NEW.name_folded, ' "''«»„“”‟‘’‚‛‹›「」『』()[]{}<>-‐‑‒–—―…*#.,:;!?¡¿/|_~•·')
                WHERE claim_id IN (SELECT id FROM claim WHERE speaker_id = NEW.id);
            END;
CREATE TRIGGER claim_sort_keys_article_update
            AFTER UPDATE OF title_folded, outlet_folded, published ON article BEGIN
                UPDATE claim_sort_keys SET article = ltrim(NEW.title_folded, ' "''«»„“”‟‘’‚‛‹›「」『』()[]{}<>-‐‑‒–—―…*#.,:;!?¡¿/|_~•·'),
                    outlet = ltrim(NEW.outlet_folded, ' "''«»„“”‟‘’‚‛‹›「」『』()[]{}<>-‐‑‒–—―…*#.,:;!?¡¿/|_~•·'),
                    published = coalesce(NEW.published, '')
                WHERE claim_id IN (SELECT id FROM claim WHERE article_id = NEW.id);
            END;
CREATE TRIGGER claim_sort_keys_tag_insert AFTER INSERT ON claim_tag BEGIN
                UPDATE claim_sort_keys SET tag = coalesce((SELECT min(t.tag) FROM claim_tag t WHERE t.claim_id = NEW.claim_id), '') WHERE claim_id = NEW.claim_id;
            END;
CREATE TRIGGER claim_sort_keys_tag_delete AFTER DELETE ON claim_tag BEGIN
                UPDATE claim_sort_keys SET tag = coalesce((SELECT min(t.tag) FROM claim_tag t WHERE t.claim_id = OLD.claim_id), '') WHERE claim_id = OLD.claim_id;
            END;
CREATE TRIGGER claim_sort_keys_tag_update AFTER UPDATE ON claim_tag BEGIN
                UPDATE claim_sort_keys SET tag = coalesce((SELECT min(t.tag) FROM claim_tag t WHERE t.claim_id = OLD.claim_id), '') WHERE claim_id = OLD.claim_id; UPDATE claim_sort_keys SET tag = coalesce((SELECT min(t.tag) FROM claim_tag t WHERE t.claim_id = NEW.claim_id), '') WHERE claim_id = NEW.claim_id;
            END;
INSERT INTO "alembic_version" VALUES ('0017');
INSERT INTO "catalogue_state" VALUES (1, 0);
INSERT INTO "verdict_status" VALUES ('unchecked', 'Unchecked', 0, 0, 1);
INSERT INTO "verdict_status" VALUES ('in_progress', 'In progress', 1, 0, 1);
INSERT INTO "verdict_status" VALUES ('true', 'True', 2, 1, 1);
INSERT INTO "verdict_status" VALUES ('mostly_true', 'Mostly true', 3, 1, 1);
INSERT INTO "verdict_status" VALUES ('mixed', 'Mixed', 4, 1, 1);
INSERT INTO "verdict_status" VALUES ('mostly_false', 'Mostly false', 5, 1, 1);
INSERT INTO "verdict_status" VALUES ('false', 'False', 6, 1, 1);
INSERT INTO "verdict_status" VALUES ('unverifiable', 'Unverifiable', 7, 1, 1);
INSERT INTO "sqlite_sequence" VALUES ('claim_cluster', 0);
INSERT OR REPLACE INTO "claim_search_config" VALUES ('version', 4);
INSERT OR REPLACE INTO "claim_search_data" VALUES (1, X'0000');
INSERT OR REPLACE INTO "claim_search_data" VALUES (10, X'00000000000000');
