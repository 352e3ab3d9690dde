"""A published page's stored child count always matches the tree.

Publishing saves every field of the page object, `numchild` included. wagtail-localize
publishes a new translation after the transaction commits, from the object it saved before
that page's translated children existed, so translating a section "including subtree" with
live status sync on (or any publish from a stale object) wrote a child count of 0 back
(wagtail-localize#773). Treebeard trusts the count: the section then lists no children and the
next page added under it takes a path already in use. One count per publish sets it right.
"""

from wagtail.models import Page
from wagtail.signals import page_published


def correct_child_count(sender, instance: Page, **kwargs) -> None:
    in_tree = Page.objects.filter(path__startswith=instance.path, depth=instance.depth + 1)
    count = in_tree.count()
    if count != instance.numchild:
        Page.objects.filter(pk=instance.pk).update(numchild=count)
        instance.numchild = count


def connect() -> None:
    page_published.connect(correct_child_count, dispatch_uid="tree-child-count")
