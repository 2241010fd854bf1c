"""Strings per page: each module defines S = {key: (Bahasa Indonesia, English)}."""
