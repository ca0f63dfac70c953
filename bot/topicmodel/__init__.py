"""A small trained topic classifier: evidence for the follow-up reading beside the matcher."""
