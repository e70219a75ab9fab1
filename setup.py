"""Packaging: everything is declared in pyproject.toml except one mapping that it cannot express:
the top-level resources/ folder is installed as the package ``drivekit.resources``."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["drivekit", "drivekit.*"]), "drivekit.resources"],
    package_dir={"drivekit.resources": "resources"},
)
