"""The TOTP secrets, stored in clear until now, sealed under the field key (core.sealed_text)."""

from typing import Any

from django.db import migrations, models

from spbe.core.sealed_text import seal, unseal


def seal_secrets(apps: Any, schema_editor: Any) -> None:
    device_model = apps.get_model("accounts", "TwoFactorDevice")
    for device in device_model.objects.all():
        device.sealed_secret = seal(device.secret)
        device.save(update_fields=["sealed_secret"])


def open_secrets(apps: Any, schema_editor: Any) -> None:
    device_model = apps.get_model("accounts", "TwoFactorDevice")
    for device in device_model.objects.all():
        device.secret = unseal(device.sealed_secret)
        device.save(update_fields=["secret"])


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_two_factor"),
    ]

    operations = [
        migrations.AddField(
            model_name="twofactordevice",
            name="sealed_secret",
            field=models.CharField(default="", max_length=255),
            preserve_default=False,
        ),
        migrations.AlterField(
            model_name="twofactordevice",
            name="secret",
            field=models.CharField(default="", max_length=64),
        ),
        migrations.RunPython(seal_secrets, open_secrets),
        migrations.RemoveField(model_name="twofactordevice", name="secret"),
    ]
