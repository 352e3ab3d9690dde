"""The event editor: start and end are typed as wall-clock times of the event's own time zone.

Django would read them in the editor's time zone (UTC unless the editor set another), so a
forum starting at 9:00 in Lyon would be stored as 9:00 UTC. This form shows the stored instants
in the event's time zone and reads what the editor types in that same zone.
"""

import zoneinfo

from django.utils import timezone

from cms.admin_forms import BasePageForm

WALL_CLOCK_FIELDS = ("start", "end")


class EventPageForm(BasePageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = zoneinfo.ZoneInfo(self.instance.time_zone or "UTC")
        for name in WALL_CLOCK_FIELDS:
            value = getattr(self.instance, name, None)
            if value is not None:
                # A naive value is displayed as is, without conversion to the editor's zone.
                self.initial[name] = timezone.make_naive(value, zone)

    def clean(self):
        cleaned_data = super().clean()
        zone_name = cleaned_data.get("time_zone")
        if zone_name:
            zone = zoneinfo.ZoneInfo(zone_name)
            for name in WALL_CLOCK_FIELDS:
                value = cleaned_data.get(name)
                if value is not None:
                    # The field read the typed wall-clock time in the editor's zone: re-read it
                    # in the event's zone.
                    cleaned_data[name] = timezone.make_aware(timezone.make_naive(value), zone)
        return cleaned_data
