"""The load test's bucket on moto's S3 server: ``create`` it, ``save`` its objects to a
directory, or ``restore`` them from one (moto keeps its objects in memory only)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import boto3


def main() -> None:
    client = boto3.client("s3", endpoint_url=os.environ["AWS_S3_ENDPOINT_URL"])
    bucket = os.environ["AWS_STORAGE_BUCKET_NAME"]
    command = sys.argv[1]
    if command == "create":
        client.create_bucket(Bucket=bucket)
        return
    folder = Path(sys.argv[2])
    if command == "save":
        count = 0
        for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket):
            for item in page.get("Contents", []):
                target = folder / item["Key"]
                target.parent.mkdir(parents=True, exist_ok=True)
                client.download_file(bucket, item["Key"], str(target))
                count += 1
        print(f"{count} objects saved to {folder}")
    elif command == "restore":
        files = [path for path in folder.rglob("*") if path.is_file()]
        for path in files:
            client.upload_file(str(path), bucket, path.relative_to(folder).as_posix())
        print(f"{len(files)} objects restored from {folder}")
    else:
        raise SystemExit(f"unknown command {command!r}: create, save or restore")


if __name__ == "__main__":
    main()
