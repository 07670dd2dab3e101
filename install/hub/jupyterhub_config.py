# JupyterHub configuration for a class that uses gobackprop: every student
# gets a Jupyter server of their own with the Go kernel, installed once for
# all users (gobackprop install --prefix /usr/local), and the bundled
# notebooks copied into their home on their first start.
#
# Read by `jupyterhub -f jupyterhub_config.py` (hub.sh starts it so). The
# environment chooses what differs between a trial, the load test and a
# course:
#
#   GOBACKPROP_HUB_DIR        the hub's state: database, cookie secret, and
#                             the students' homes under homes/ (default ./hub)
#   GOBACKPROP_HUB_PORT       the port on 127.0.0.1 students open (8000)
#   GOBACKPROP_HUB_NOTEBOOKS  notebooks copied into a new student's home
#   GOBACKPROP_HUB_JUPYTER_PATH  a data directory holding the kernelspec,
#                             when it is not a system one (the test's prefix)
#   GOBACKPROP_HUB_API_TOKEN  a token for the "class" service, allowed to
#                             create users, start their servers and use them
#                             (the load test drives the hub with it)
#
# This file's defaults are for trying the hub on one machine: any user name
# logs in with any password (DummyAuthenticator), and every student's server
# runs as the hub's own user (SimpleLocalProcessSpawner). A real course
# replaces both - see "Teaching a class" in the README: PAM or OAuth logins
# and LocalProcessSpawner (one Unix user per student), or Zero to
# JupyterHub on Kubernetes.
import os
import shutil
import socket

c = get_config()  # noqa: F821 - defined by JupyterHub when it reads this file

state = os.path.abspath(os.environ.get("GOBACKPROP_HUB_DIR", "hub"))
os.makedirs(state, exist_ok=True)
port = int(os.environ.get("GOBACKPROP_HUB_PORT", "8000"))

# Loopback only: the hub, its internal API and the proxy's API.
c.JupyterHub.bind_url = f"http://127.0.0.1:{port}"
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = port + 1
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{port + 2}"
c.JupyterHub.db_url = "sqlite:///" + os.path.join(state, "jupyterhub.sqlite")
c.JupyterHub.cookie_secret_file = os.path.join(state, "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = os.path.join(state, "jupyterhub.pid")
c.ConfigurableHTTPProxy.pid_file = os.path.join(state, "proxy.pid")
# Debian's configurable-http-proxy finds its modules (commander, ...) in
# /usr/share/nodejs, which only Debian's own node searches: a node from
# elsewhere (NodeSource's, on some images) needs to be told.
if os.path.isdir("/usr/share/nodejs"):
    paths = [p for p in os.environ.get("NODE_PATH", "").split(os.pathsep) if p]
    os.environ["NODE_PATH"] = os.pathsep.join(paths + ["/usr/share/nodejs"])
c.JupyterHub.cleanup_servers = True  # stopping the hub stops the students' servers
c.JupyterHub.cleanup_proxy = True

c.JupyterHub.authenticator_class = "dummy"
c.Authenticator.admin_users = {"teacher"}
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = os.path.join(state, "homes", "{username}")
c.Spawner.cmd = ["jupyterhub-singleuser"]
c.Spawner.default_url = "/tree"
# A class logs in within minutes of each other on a shared machine.
c.Spawner.start_timeout = 180
c.Spawner.http_timeout = 180
c.JupyterHub.concurrent_spawn_limit = 100
if os.geteuid() == 0:
    # SimpleLocalProcessSpawner runs servers as the hub's user.
    c.Spawner.args = ["--allow-root"]

env = {}
if os.environ.get("GOBACKPROP_HUB_JUPYTER_PATH"):
    env["JUPYTER_PATH"] = os.environ["GOBACKPROP_HUB_JUPYTER_PATH"]
for name in ("PATH", "GOBACKPROP_REQUIRE_ISOLATION"):
    if name in os.environ:
        env[name] = os.environ[name]
c.Spawner.environment = env

notebooks = os.environ.get("GOBACKPROP_HUB_NOTEBOOKS", "")


def copy_notebooks(spawner):
    """Gives a student the bundled notebooks on their first start."""
    home = spawner.home_dir_template.format(username=spawner.user.name)
    os.makedirs(home, exist_ok=True)
    if not notebooks:
        return
    for name in sorted(os.listdir(notebooks)):
        dst = os.path.join(home, name)
        if name.endswith(".ipynb") and not os.path.exists(dst):
            shutil.copyfile(os.path.join(notebooks, name), dst)


# The port of each student's server. LocalProcessSpawner asks the kernel
# for a free port and closes it; a class logging in at once starts servers
# concurrently, and two can be handed the same port before either binds it
# (seen here with 30 students: student20's requests were answered by
# student14's server, which the hub's readiness check, content with a 404,
# did not notice). Ports this hub has handed out are never handed out again
# to someone else.
ports = {}  # user name -> port


def unique_port(name):
    taken = {p for n, p in ports.items() if n != name}
    while True:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        if port not in taken:
            ports[name] = port
            return port


def pre_spawn(spawner):
    copy_notebooks(spawner)
    spawner.port = unique_port(spawner.user.name)


c.Spawner.pre_spawn_hook = pre_spawn

token = os.environ.get("GOBACKPROP_HUB_API_TOKEN")
if token:
    c.JupyterHub.services = [{"name": "class", "api_token": token}]
    c.JupyterHub.load_roles = [{
        "name": "class",
        "scopes": ["admin:users", "admin:servers", "access:servers", "read:users"],
        "services": ["class"],
    }]
