"""The trained topic classifier (issue #16): training data derived from the in-repo tuning sets, the spaCy
config, training and cross-validation. Run-time use is in `extract/topic_model.py`."""
