-- 0015 English beside a public notice's Chinese (issue 10 point 3). A notice is a published document:
-- its title, the explanation of its period, an English summary of its official Chinese text and its
-- outcome are written in English when it is published and closed, and stay as published. Notices
-- published before this migration keep NULL (the web app then shows the Chinese).
ALTER TABLE public_notices
  ADD COLUMN title_en text,
  ADD COLUMN explanation_en text,
  ADD COLUMN summary_en text,
  ADD COLUMN outcome_en text;
