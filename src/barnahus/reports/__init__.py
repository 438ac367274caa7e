"""PDF builders (reportlab) for care plans and interview summaries, built in memory."""
