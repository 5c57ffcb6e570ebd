"""Keeping an article's pictures: choosing, downloading, verifying (see :mod:`.download`)."""
