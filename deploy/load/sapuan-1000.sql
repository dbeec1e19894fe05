-- Makes 1,000 open steps' next rung due now with real work to do — the sweep's target case (~50k open steps, 1k
-- due), at its heaviest: every one is overdue, so each gets an escalation (notifications to performers and heads, an
-- audit entry, a LangkahTerlambat event). Their earlier claims are removed so that each run sends again (this is a
-- load database: repeated notifications are expected). Run before each timed sweep by deploy/load/run.sh.
WITH pilih AS (
  SELECT i."Id", l."Id" AS lid FROM sop.instans i
  JOIN sop.langkah l ON l."InstansId" = i."Id" AND l."Kode" = i."AktifKode"
  WHERE i."Status" = 1 AND i."AktifStatus" = 2 AND l."JatuhTempo" < current_date
  ORDER BY i."TenggatPada" DESC NULLS LAST LIMIT 1000
), hapus AS (
  DELETE FROM notifikasi.klaim k USING pilih p WHERE split_part(k."Kunci", ':', 1) = replace(p.lid::text, '-', '')
)
UPDATE sop.instans SET "TenggatPada" = now() - interval '1 minute' WHERE "Id" IN (SELECT "Id" FROM pilih);
