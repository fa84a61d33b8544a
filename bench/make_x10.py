#!/usr/bin/env python3
"""Write a copy of the project ten times its size: every code of every protocol repeated
under nine synthetic protocols (http2..http10, sip2..sip10) of the same kinds, with every
message copied, in every language. Used by bench/build.sh to show that build time grows
linearly with the site."""

import re
import shutil
import sys
from pathlib import Path

COPIES = range(2, 11)


def main(root: Path, out: Path) -> None:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for part in ["config.toml", "content", "locales", "templates", "static"]:
        src = root / part
        (shutil.copytree if src.is_dir() else shutil.copy)(src, out / part)
    protocols = sorted(p.stem for p in (root / "content" / "protocols").glob("*.toml"))
    for proto in protocols:
        base = (root / "content" / "protocols" / f"{proto}.toml").read_text()
        for k in COPIES:
            new = f"{proto}{k}"
            text = re.sub(r'^id = ".*"$', f'id = "{new}"', base, flags=re.M)
            text = re.sub(r"^counterpart = .*\n", "", text, flags=re.M)
            text = re.sub(r'^name = "(.*)"$', rf'name = "\1-{k}"', text, flags=re.M)
            text = re.sub(r"^order = (\d+)$", lambda m: f"order = {int(m.group(1)) + 10 * k}", text, flags=re.M)
            (out / "content" / "protocols" / f"{new}.toml").write_text(text)
            for kind in ["codes", "frameworks"]:
                src = root / "content" / kind / proto
                dst = out / "content" / kind / new
                dst.mkdir(parents=True)
                for f in src.glob("*.toml"):
                    body = re.sub(r"^equivalent = .*\n", "", f.read_text(), flags=re.M)
                    (dst / f.name).write_text(body)
    message = re.compile(r"^((?:%s)-[a-z0-9-]*|protocol-intro-(?:%s)) =" % ("|".join(protocols), "|".join(protocols)))
    for ftl in (out / "locales").glob("*/*.ftl"):
        copies = []
        for line in ftl.read_text().splitlines():
            m = message.match(line)
            if not m:
                continue
            ident = m.group(1)
            for proto in protocols:
                for k in COPIES:
                    if ident.startswith(f"{proto}-"):
                        copies.append(f"{proto}{k}-" + line[len(proto) + 1:])
                    elif ident == f"protocol-intro-{proto}":
                        copies.append(line.replace(f"protocol-intro-{proto}", f"protocol-intro-{proto}{k}", 1))
        with ftl.open("a") as f:
            f.write("\n" + "\n".join(copies) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
