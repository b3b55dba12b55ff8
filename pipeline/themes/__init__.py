"""Keywords and topics: compound-aware Swedish term extraction, background-weighted scores, NMF topics."""
