-- 0013 drafts withdrawn before submission (issue 9 point 8). A case is the applicant's alone until it
-- is submitted; cases.submitted_at records the first submission and is what the read checks and the
-- authorities' lists look at (src/workflows/case-roles.ts). Until now the first move out of the draft
-- set it even when that move was the applicant withdrawing the draft, which showed the withdrawn draft
-- to the authority. Clear it on cases that left their draft only by a withdrawal, so that such a draft
-- stays the applicant's alone. Every procedure starts in 'draft' and withdraws to 'withdrawn'.
UPDATE cases c
   SET submitted_at = NULL
 WHERE c.submitted_at IS NOT NULL
   AND c.state = 'withdrawn'
   AND NOT EXISTS (
     SELECT 1 FROM case_events e
      WHERE e.case_id = c.id
        AND e.from_state = 'draft'
        AND e.to_state NOT IN ('draft', 'withdrawn')
   );
