-- Merging two records of one young person (psad/merge) deletes the merged record once its cases
-- point at the kept one. The delete runs as the request role, so row-level security still decides:
-- the young_person_referent policy (FOR ALL, 0003) lets referents of the platform delete, and no
-- other policy covers DELETE (counsellors only read and update through a case).
GRANT DELETE ON young_person TO maillage_app;
