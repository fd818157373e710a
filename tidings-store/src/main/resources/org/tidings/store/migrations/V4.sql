-- V4: MinHash bands by one-permutation hashing (see MinHash): the bands of stored articles are computed again from their texts (Migrations' Java step), and the old signatures, no longer read, are cleared.
UPDATE articles SET minhash = NULL WHERE minhash IS NOT NULL;
DELETE FROM article_bands;
