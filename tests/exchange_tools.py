"""The stock age and minisign tools, driven as a person at a terminal would."""

import os
import select
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

AGE = shutil.which("age")
MINISIGN = shutil.which("minisign")
SCRIPT = shutil.which("script")  # util-linux: runs a command on a terminal of its own

needs_age = pytest.mark.skipif(
    not (AGE and SCRIPT), reason="the stock age tool (apt-get install age) or script is missing"
)
needs_minisign = pytest.mark.skipif(
    not MINISIGN, reason="the stock minisign tool (apt-get install minisign) is missing"
)
PROMPT_WAIT_S = 60


def age_decrypt(identity: Path, encrypted: Path, out: Path, passphrase: str) -> int:
    """``age -d -i IDENTITY -o OUT FILE``, typing the identity's passphrase at age's
    prompt (age reads it from the terminal only, so it runs under ``script``)."""
    command = shlex.join([AGE, "-d", "-i", str(identity), "-o", str(out), str(encrypted)])
    process = subprocess.Popen(
        [SCRIPT, "-qefc", command, os.devnull],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    seen = b""
    while b"passphrase" not in seen.lower():
        ready, _, _ = select.select([process.stdout], [], [], PROMPT_WAIT_S)
        chunk = os.read(process.stdout.fileno(), 1024) if ready else b""
        if not chunk:
            break
        seen += chunk
    process.stdin.write(passphrase.encode() + b"\n")
    process.stdin.flush()
    process.communicate(timeout=PROMPT_WAIT_S)
    return process.returncode


def minisign_verify(file: Path, public_key: Path) -> subprocess.CompletedProcess:
    """``minisign -Vm FILE -p KEY`` (the signature beside the file, ``FILE.minisig``)."""
    return subprocess.run(
        [MINISIGN, "-Vm", str(file), "-p", str(public_key)],
        capture_output=True,
        text=True,
        check=False,
    )
