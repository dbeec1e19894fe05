-- Makes 1,000 open steps' next reminder/escalation rung due now (the sweep's target case: ~50k open steps, 1k due),
-- taking the runs whose next rung is nearest; run before each timed sweep by deploy/load/run.sh.
UPDATE sop.instans SET "TenggatPada" = now() - interval '1 minute'
WHERE "Id" IN (
    SELECT "Id" FROM sop.instans
    WHERE "TenggatPada" > now() - interval '1 minute'
    ORDER BY "TenggatPada"
    LIMIT greatest(0, 1000 - (SELECT count(*) FROM sop.instans WHERE "TenggatPada" <= now() - interval '1 minute')));
