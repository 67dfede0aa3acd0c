-- Transcripts stored before 0022: their words go into calls.transcript_document, which the search reads.
UPDATE calls c SET transcript_document = to_tsvector('english', t.utterances) FROM transcripts t WHERE t.call_id = c.id;
