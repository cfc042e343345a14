"""A real OpenID Connect provider for the SSO tests: django-oidc-provider in its own process.

``serve.py`` builds its database in a temporary folder, then serves on a free port of
127.0.0.1 and prints that port; ``tests/accounts/test_oidc.py`` starts it once per module.
"""
