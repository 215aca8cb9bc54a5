"""How a device is named to people and in file names."""


def short_device_id(device_id: str) -> str:
    """The last 8 hex digits of a device id. Device ids are UUIDv7: two laptops set up in
    the same minute share their first digits (a timestamp), never their random end."""
    return device_id.replace("-", "")[-8:].lower()
