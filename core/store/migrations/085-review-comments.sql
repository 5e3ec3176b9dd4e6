-- 085: the monthly review pack (core/review). One comment per slide of one month's pack, written
-- for the meeting and exported with the deck and the PDF; an empty comment deletes the row.
CREATE TABLE review_comments (
  period VARCHAR NOT NULL,
  slide_id VARCHAR NOT NULL,
  comment VARCHAR NOT NULL,
  saved_at TIMESTAMP NOT NULL,
  PRIMARY KEY (period, slide_id)
);
