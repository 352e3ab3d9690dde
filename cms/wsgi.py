import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
application = get_wsgi_application()

from cms.graphql.startup import prepare  # noqa: E402  (needs the apps loaded above)

prepare()
