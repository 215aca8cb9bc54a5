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
needs_terminal = pytest.mark.skipif(not SCRIPT, reason="script (util-linux) is missing")
needs_minisign = pytest.mark.skipif(
    not MINISIGN, reason="the stock minisign tool (apt-get install minisign) is missing"
)
PROMPT_WAIT_S = 60


def on_terminal(argv: list[str], answers: list[tuple[str, str]]) -> tuple[int, str]:
    """Run ``argv`` on a terminal of its own (under ``script``: passphrases are read
    from the terminal only), typing each answer once its prompt (a fragment of it)
    has appeared; returns the exit status and everything the terminal showed."""
    process = subprocess.Popen(
        [SCRIPT, "-qefc", shlex.join(argv), os.devnull],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    seen = b""
    for prompt, answer in answers:
        while prompt.encode() not in seen:
            ready, _, _ = select.select([process.stdout], [], [], PROMPT_WAIT_S)
            chunk = os.read(process.stdout.fileno(), 1024) if ready else b""
            if not chunk:
                break
            seen += chunk
        seen = seen.replace(prompt.encode(), b"", 1)
        process.stdin.write(answer.encode() + b"\n")
        process.stdin.flush()
    rest, _ = process.communicate(timeout=PROMPT_WAIT_S)
    return process.returncode, (seen + rest).decode(errors="replace")


def age_decrypt(identity: Path, encrypted: Path, out: Path, passphrase: str) -> int:
    """``age -d -i IDENTITY -o OUT FILE``, typing the identity's passphrase at age's
    prompt."""
    argv = [AGE, "-d", "-i", str(identity), "-o", str(out), str(encrypted)]
    return on_terminal(argv, [("passphrase", passphrase)])[0]


def minisign_verify(file: Path, public_key: Path) -> subprocess.CompletedProcess:
    """``minisign -Vm FILE -p KEY`` (the signature beside the file, ``FILE.minisig``)."""
    return subprocess.run(
        [MINISIGN, "-Vm", str(file), "-p", str(public_key)],
        capture_output=True,
        text=True,
        check=False,
    )
