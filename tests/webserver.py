"""A real nginx, started by the tests on loopback ports with the repository's configuration
(deploy/nginx), serving a build at the root of one port and under /standar/ on another."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from browser import need
from support import REPO

NGINX_DIR = REPO / "deploy" / "nginx"


def nginx_path() -> str | None:
    return shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if os.path.exists(p)), None)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _adapt(text: str, **replace) -> str:
    """The shipped configuration, pointed at this test's folders and ports."""
    text = text.replace("include snippets/", f"include {NGINX_DIR}/")
    for old, new in replace.items():
        text = text.replace(old, new)
    return text


@dataclass
class Served:
    root_url: str       # the site at the root of a port
    subpath_url: str    # the site under /standar/ of another port
    log: Path


@contextlib.contextmanager
def nginx(root_site: Path, subpath_site: Path, workdir: Path):
    binary = nginx_path()
    need(binary is not None, "nginx tidak terpasang (apt-get install nginx)")
    workdir.mkdir(parents=True, exist_ok=True)
    www = workdir / "www"
    (www).mkdir(exist_ok=True)
    if not (www / "standar").exists():
        os.symlink(subpath_site, www / "standar")
    root_port, sub_port = free_port(), free_port()
    root_server = _adapt((NGINX_DIR / "portal-standar.conf").read_text(encoding="utf-8"),
                         **{"listen 80;": f"listen 127.0.0.1:{root_port};",
                            "root /var/www/portal-standar;": f"root {root_site};"})
    sub_locations = _adapt((NGINX_DIR / "portal-standar-subpath.conf").read_text(encoding="utf-8"),
                           **{"root /var/www/portal;": f"root {www};"})
    user = "user root;" if os.geteuid() == 0 else ""  # pytest's temporary folders are private
    temp = "\n".join(f"  {kind}_temp_path {workdir}/{kind};" for kind in
                     ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    config = f"""
{user}
worker_processes 1;
daemon off;
pid {workdir}/nginx.pid;
error_log {workdir}/error.log warn;
events {{ worker_connections 64; }}
http {{
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log {workdir}/access.log;
{temp}
  include {NGINX_DIR}/portal-standar-http.conf;
{root_server}
  server {{
    listen 127.0.0.1:{sub_port};
    server_name localhost;
    root {workdir}/kosong;
{sub_locations}
  }}
}}
"""
    conf = workdir / "nginx.conf"
    conf.write_text(config, encoding="utf-8")
    with _running([binary, "-c", str(conf), "-p", str(workdir)], ["-t"], root_port) as _:
        yield Served(f"http://127.0.0.1:{root_port}/", f"http://127.0.0.1:{sub_port}/standar/",
                     workdir / "error.log")


@contextlib.contextmanager
def _running(command: list[str], test_flags: list[str], port: int, env: dict | None = None):
    """Check the configuration, start the server in the foreground, wait until it answers."""
    check = subprocess.run([command[0], *test_flags, *command[1:]], capture_output=True, text=True, env=env)
    assert check.returncode == 0, check.stderr
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(200):  # bounded: at most about 10 s
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.05)
        yield process
    finally:
        process.terminate()
        process.wait(timeout=10)


def fetch(url: str, gzip: bool = False):
    """(status, headers, body bytes as sent) for a GET; no redirects followed, no decoding."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if gzip else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


APACHE_DIR = REPO / "deploy" / "apache"
APACHE_MODULES = ("mpm_event", "authz_core", "mime", "headers", "deflate", "filter", "dir", "alias",
                  "setenvif")


def apache_path() -> str | None:
    return shutil.which("apache2") or next((p for p in ("/usr/sbin/apache2",) if os.path.exists(p)), None)


@contextlib.contextmanager
def apache(root_site: Path, subpath_site: Path, workdir: Path):
    """Apache 2.4 with deploy/apache, the site copied where its worker user can read it."""
    binary = apache_path()
    need(binary is not None, "Apache tidak terpasang (apt-get install apache2)")
    workdir.mkdir(parents=True, exist_ok=True)
    public = Path(tempfile_dir())
    shutil.copytree(root_site, public / "akar", dirs_exist_ok=True)
    shutil.copytree(subpath_site, public / "standar", dirs_exist_ok=True)
    os.chmod(public, 0o755)
    root_port, sub_port = free_port(), free_port()
    rules = APACHE_DIR / "portal-standar-rules.conf"

    def adapt(name: str, folder: Path) -> str:
        text = (APACHE_DIR / name).read_text(encoding="utf-8")
        return (text.replace("/etc/apache2/portal-standar-rules.conf", str(rules))
                    .replace("/etc/apache2/portal-standar-admin.conf", str(APACHE_DIR / "portal-standar-admin.conf"))
                    .replace("/var/www/portal-standar", str(folder)))

    modules = "\n".join(f"LoadModule {m}_module /usr/lib/apache2/modules/mod_{m}.so" for m in APACHE_MODULES)
    user = "User www-data\nGroup www-data" if os.geteuid() == 0 else ""
    config = f"""
ServerRoot {workdir}
ServerName localhost
PidFile {workdir}/apache.pid
ErrorLog {workdir}/error.log
{user}
{modules}
TypesConfig /etc/mime.types
Listen 127.0.0.1:{root_port}
Listen 127.0.0.1:{sub_port}
<VirtualHost 127.0.0.1:{root_port}>
{adapt("portal-standar.conf", public / "akar")}
</VirtualHost>
<VirtualHost 127.0.0.1:{sub_port}>
DocumentRoot {public}/kosong
{adapt("portal-standar-subpath.conf", public / "standar")}
</VirtualHost>
"""
    (public / "kosong").mkdir(exist_ok=True)
    conf = workdir / "httpd.conf"
    conf.write_text(config, encoding="utf-8")
    env = {**os.environ, "APACHE_RUN_DIR": str(workdir), "APACHE_LOCK_DIR": str(workdir)}
    try:
        with _running([binary, "-f", str(conf), "-DFOREGROUND"], ["-t"], root_port, env) as _:
            yield Served(f"http://127.0.0.1:{root_port}/", f"http://127.0.0.1:{sub_port}/standar/",
                         workdir / "error.log")
    finally:
        shutil.rmtree(public, ignore_errors=True)


def tempfile_dir() -> str:
    import tempfile
    return tempfile.mkdtemp(prefix="portal-apache-")
