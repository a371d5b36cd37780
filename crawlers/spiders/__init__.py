"""Generic spiders driven by the source registry: `feed`, `sitemap`, `listing`, and `check`."""
