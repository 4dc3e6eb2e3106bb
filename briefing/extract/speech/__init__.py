"""Who said what: quotation marks, reported speech, speakers and the verbs between them."""
