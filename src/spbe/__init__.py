"""SPBE: evaluasi mandiri Indeks SPBE dan Indeks Pemerintah Digital."""
