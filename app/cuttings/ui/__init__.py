"""The Qt shell of Cuttings: a thin layer of windows and models over :mod:`cuttings.core`."""
