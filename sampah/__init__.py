"""Landfill-diversion dashboard: data access, sample data, metrics, charts and formats."""
