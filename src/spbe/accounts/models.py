from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """A person who signs in. Their agency, unit and roles are kept by the organizations app."""

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
