"""The article model: a Document and its spans (sentences, quotations), and Findings."""
