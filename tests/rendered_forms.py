"""What a browser would submit for a form as the server rendered it, scripts aside.

Tests post an admin form back with its own values (plus what they mean to change) rather than
a hand-made dict, so a field the form does not render cannot sneak into the request.
"""

from bs4 import BeautifulSoup


def rendered_form_data(html: bytes | str, selector: str = "main form") -> dict[str, list[str]]:
    form = BeautifulSoup(html, "html.parser").select_one(selector)
    assert form is not None, f"no {selector!r} in the page"
    data: dict[str, list[str]] = {}
    for element in form.select("input[name], select[name], textarea[name]"):
        name = element["name"]
        if element.name == "textarea":
            values = [element.get_text()]
        elif element.name == "select":
            options = element.find_all("option")
            selected = [o for o in options if o.has_attr("selected")]
            if not selected and options and not element.has_attr("multiple"):
                selected = options[:1]
            values = [o.get("value", o.get_text()) for o in selected]
        elif element.get("type") in ("checkbox", "radio"):
            values = [element.get("value", "on")] if element.has_attr("checked") else []
        elif element.get("type") in ("submit", "button", "image", "file"):
            values = []
        else:
            values = [element.get("value", "")]
        data.setdefault(name, []).extend(values)
    return data
