-- psad_case_dashboard_idx (platform_id, campaign) INCLUDE (…) has the same key: the lists' campaign
-- filter uses it as well, and every case written (100,000 at once by a SIEI import) paid for a
-- second copy of that key.
DROP INDEX "psad_case_platform_campaign_idx";
