"""Admin panel showing, on a city's edit page, partnerships recorded on other cities.

Partnerships are edited on the city where they were entered; the partner city shows them in
the API too, so its editors need to see them (read-only, with a link to where to edit them).
"""

from wagtail.admin.panels import Panel


class IncomingPartnershipsPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "cities/panels/incoming_partnerships.html"

        def get_context_data(self, parent_context=None):
            from .models import CityPartnership

            context = super().get_context_data(parent_context)
            incoming = CityPartnership.objects.none()
            if self.instance is not None and self.instance.pk:
                incoming = (
                    CityPartnership.objects.filter(partner_id=self.instance.pk)
                    .select_related("city")
                    .order_by("start_year", "city__city_name")
                )
            context["partnerships"] = list(incoming)
            return context
