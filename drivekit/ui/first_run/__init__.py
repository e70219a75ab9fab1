"""First run: create a campaign with a short wizard, or open a demo campaign."""
