"""Scrapy settings for the example spider: the compliance middleware and pipeline enabled.

Copy these lines into your project's settings.py. Run the example with:

    scrapy runspider examples/spider/news_spider.py -a urls=https://example.com/news/1 \
        -s COMPLIANCE_REPORT=compliance-report.json -O items.jsonl
"""

BOT_NAME = "newsbot"
# Your crawler's own product token: robots.txt groups and agent-scoped signals are read for it
# (COMPLIANCE_AGENT defaults to this token).
USER_AGENT = "NewsBot/1.0 (+https://example.com/newsbot)"
ROBOTSTXT_OBEY = False  # the compliance middleware obeys robots.txt and fails closed

COMPLIANCE_ENABLED = True
COMPLIANCE_PURPOSES = "ai-train,ai-input"  # what you will do with the content
COMPLIANCE_GRANTS = None  # "grants.yaml": written permissions you hold
COMPLIANCE_RULES = []  # extra rule pack directories
COMPLIANCE_REPORT = "compliance-report.json"  # the JSON report, written when the spider closes
COMPLIANCE_HTML_FIELD = "html"
COMPLIANCE_TEXT_FIELD = "text"
COMPLIANCE_URL_FIELD = "url"
COMPLIANCE_VERDICT_FIELD = "compliance"

DOWNLOADER_MIDDLEWARES = {
    # Below HttpCompression (590): sees decoded bodies; below Retry (550): one record per failure.
    "compliance.integrations.scrapy.ComplianceDownloaderMiddleware": 540,
}
ITEM_PIPELINES = {"compliance.integrations.scrapy.CompliancePipeline": 300}

DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
