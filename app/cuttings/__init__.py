"""Cuttings: a desktop news-clipping manager."""

__version__ = "0.1.0"
APP_NAME = "Cuttings"
