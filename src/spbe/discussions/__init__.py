"""Comment threads on an evaluation's indicators and evidence items (butir), with @mentions."""
