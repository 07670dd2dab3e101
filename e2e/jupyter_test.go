// The end-to-end test drives Jupyter and Chromium on Linux, as CI does.

//go:build linux

package e2e

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// tools are the programs the test drives, found on this machine.
type tools struct {
	chromium string // the browser
	python   string // the Python whose notebook package serves the page
}

// findTools looks for Chromium and the classic Notebook server. It skips the
// test when one is missing, and fails it under CI=true, where .ci/run has
// installed both and a skip would hide a broken setup.
func findTools(t *testing.T) tools {
	t.Helper()
	var tl tools
	var missing []string
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		tl.chromium = "/usr/bin/chromium"
	} else if p, err := exec.LookPath("chromium"); err == nil {
		tl.chromium = p
	} else {
		missing = append(missing, "chromium (no /usr/bin/chromium)")
	}
	// Debian's jupyter-notebook is the classic Notebook 6 for the system
	// Python; Notebook 7 is a different page, which the selectors here do
	// not know.
	tl.python = os.Getenv("GOBACKPROP_PYTHON")
	if tl.python == "" {
		tl.python = "/usr/bin/python3"
	}
	out, err := exec.Command(tl.python, "-c", "import notebook; print(notebook.__version__)").CombinedOutput()
	switch version := strings.TrimSpace(string(out)); {
	case err != nil:
		missing = append(missing, fmt.Sprintf("jupyter-notebook (%s cannot import notebook)", tl.python))
	case !strings.HasPrefix(version, "6."):
		missing = append(missing, fmt.Sprintf("jupyter-notebook 6 (%s has notebook %s)", tl.python, version))
	}
	if len(missing) > 0 {
		msg := "e2e: missing " + strings.Join(missing, " and ") +
			"; install with: apt-get install chromium jupyter-notebook"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return tl
}

// artifactDir returns the directory that keeps the screenshots and logs
// after the test: $GOBACKPROP_E2E_ARTIFACTS, or a new temporary directory.
func artifactDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("GOBACKPROP_E2E_ARTIFACTS")
	if dir == "" {
		var err error
		if dir, err = os.MkdirTemp("", "gobackprop-e2e-"); err != nil {
			t.Fatal(err)
		}
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots and logs: %s", dir)
	return dir
}

// buildKernel builds the gobackprop binary into dir/bin.
func buildKernel(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "bin", "gobackprop")
	cmd := exec.Command("go", "build", "-o", bin, "github.com/gobackprop/gobackprop/cmd/gobackprop")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// jupyterEnv is the environment of the server and its kernels: this
// process's, with every per-user directory Jupyter and Python read settings
// from moved under root, so that nothing a user installed or configured
// (another gobackprop kernelspec, a notebook config) takes part. What the
// system's packages put in /etc/jupyter and /usr/share/jupyter stays, as it
// does for a student: on Debian, the widgets extension.
func jupyterEnv(root string) []string {
	dirs := map[string]string{
		"HOME":                filepath.Join(root, "home"),
		"JUPYTER_CONFIG_DIR":  filepath.Join(root, "jupyter", "config"),
		"JUPYTER_DATA_DIR":    filepath.Join(root, "jupyter", "data"),
		"JUPYTER_RUNTIME_DIR": filepath.Join(root, "jupyter", "runtime"),
		"IPYTHONDIR":          filepath.Join(root, "ipython"),
		"XDG_CONFIG_HOME":     filepath.Join(root, "xdg", "config"),
		"XDG_DATA_HOME":       filepath.Join(root, "xdg", "data"),
		"XDG_CACHE_HOME":      filepath.Join(root, "xdg", "cache"),
	}
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if _, ok := dirs[name]; ok || name == "GOMODCACHE" || strings.HasPrefix(name, "JUPYTER") ||
			strings.HasPrefix(name, "PYTHON") || strings.HasPrefix(name, "XDG_") {
			continue
		}
		env = append(env, kv)
	}
	for name, dir := range dirs {
		os.MkdirAll(dir, 0o700)
		env = append(env, name+"="+dir)
	}
	// The kernel reads MNIST from the Go module cache, which it finds
	// through $HOME unless told: keep the real one.
	if out, err := exec.Command("go", "env", "GOMODCACHE").Output(); err == nil {
		env = append(env, "GOMODCACHE="+strings.TrimSpace(string(out)))
	}
	return env
}

// installKernelspec runs `gobackprop install --user` in env, which writes
// the kernelspec into the temporary JUPYTER_DATA_DIR.
func installKernelspec(t *testing.T, bin string, env []string) {
	t.Helper()
	cmd := exec.Command(bin, "install", "--user")
	cmd.Env = env
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("gobackprop install --user: %v\n%s", err, out)
	}
	t.Logf("%s", bytes.TrimSpace(out))
}

// server is a running `jupyter notebook`.
type server struct {
	url   string // http://127.0.0.1:PORT
	token string
	cmd   *exec.Cmd
	exit  chan error // receives the result of Wait
}

// startServer starts the classic Notebook server on a free loopback port
// with a random token, serving dir, and waits until it answers. It stops
// the server, and the kernels it started, when the test ends.
func startServer(t *testing.T, python string, env []string, dir, logPath string) *server {
	t.Helper()
	port, err := freePort()
	if err != nil {
		t.Fatal(err)
	}
	token := randomToken()
	args := []string{"-m", "notebook", "--no-browser",
		"--ip=127.0.0.1", "--port=" + strconv.Itoa(port), "--NotebookApp.port_retries=0",
		"--NotebookApp.token=" + token, "--notebook-dir=" + dir}
	if os.Geteuid() == 0 {
		args = append(args, "--allow-root")
	}
	logFile, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(python, args...)
	cmd.Env = env
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = logFile, logFile
	// Its own process group, so that teardown reaches every process of the
	// server; the kernels get sessions of their own from jupyter_client and
	// are shut down through the API.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		logFile.Close()
		t.Fatalf("start jupyter notebook: %v", err)
	}
	s := &server{url: fmt.Sprintf("http://127.0.0.1:%d", port), token: token, cmd: cmd,
		exit: make(chan error, 1)}
	go func() {
		s.exit <- cmd.Wait()
		logFile.Close()
	}()
	t.Cleanup(func() { s.stop(t) })

	deadline := time.Now().Add(90 * time.Second)
	for {
		if err := s.get("/api/status", nil); err == nil {
			break
		} else if time.Now().After(deadline) {
			t.Fatalf("jupyter notebook did not answer on %s in 90s: %v\n%s", s.url, err, tail(logPath))
		}
		select {
		case err := <-s.exit:
			s.exit <- err
			t.Fatalf("jupyter notebook exited: %v\n%s", err, tail(logPath))
		case <-time.After(200 * time.Millisecond):
		}
	}
	var specs struct {
		Kernelspecs map[string]struct {
			Spec struct {
				DisplayName string `json:"display_name"`
			} `json:"spec"`
		} `json:"kernelspecs"`
	}
	if err := s.get("/api/kernelspecs", &specs); err != nil {
		t.Fatal(err)
	}
	if got := specs.Kernelspecs["gobackprop"].Spec.DisplayName; got != "Go (gobackprop)" {
		t.Fatalf("got kernelspec gobackprop with display name %q, want %q", got, "Go (gobackprop)")
	}
	return s
}

// page returns the address of the notebook at path, token included.
func (s *server) page(path string) string {
	return s.url + "/notebooks/" + path + "?token=" + s.token
}

// get decodes the JSON answer of the server's REST API at path into v.
func (s *server) get(path string, v any) error {
	return s.call(http.MethodGet, path, v)
}

func (s *server) call(method, path string, v any) error {
	req, err := http.NewRequest(method, s.url+path, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "token "+s.token)
	client := http.Client{Timeout: 10 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("%s %s: %s", method, path, resp.Status)
	}
	if v == nil {
		return nil
	}
	return json.NewDecoder(resp.Body).Decode(v)
}

// stop shuts the kernels down through the API, as a student's "Shutdown"
// would, then ends the server's process group: SIGTERM, which the server
// answers by stopping its kernels, and SIGKILL if it has not exited after
// 15 seconds.
func (s *server) stop(t *testing.T) {
	var kernels []struct {
		ID string `json:"id"`
	}
	if err := s.get("/api/kernels", &kernels); err == nil {
		for _, k := range kernels {
			if err := s.call(http.MethodDelete, "/api/kernels/"+k.ID, nil); err != nil {
				t.Errorf("shut down kernel %s: %v", k.ID, err)
			}
		}
	}
	pgid := s.cmd.Process.Pid
	syscall.Kill(-pgid, syscall.SIGTERM)
	select {
	case <-s.exit:
	case <-time.After(15 * time.Second):
		t.Errorf("jupyter notebook did not stop 15s after SIGTERM; killing it")
		syscall.Kill(-pgid, syscall.SIGKILL)
		<-s.exit
	}
	syscall.Kill(-pgid, syscall.SIGKILL) // anything left in the group
}

// freePort returns a loopback TCP port that was free a moment ago. The
// server is started with port_retries=0, so a port taken in between fails
// the start instead of moving the server elsewhere.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func randomToken() string {
	b := make([]byte, 24)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// tail returns the last lines of the log at path, for failure messages.
func tail(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return err.Error()
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > 40 {
		lines = lines[len(lines)-40:]
	}
	return path + ":\n" + strings.Join(lines, "\n")
}

// processesUnder returns the processes, other than this one, with an
// argument that names dir or a path inside it. Every process the test
// starts has one: the server its --notebook-dir, the kernels their binary
// and Chromium its --user-data-dir.
func processesUnder(dir string) []string {
	entries, _ := os.ReadDir("/proc")
	var found []string
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid == os.Getpid() {
			continue
		}
		cmdline, err := os.ReadFile("/proc/" + e.Name() + "/cmdline")
		if err != nil || !bytes.Contains(cmdline, []byte(dir)) {
			continue
		}
		args := strings.Split(strings.TrimRight(string(cmdline), "\x00"), "\x00")
		found = append(found, fmt.Sprintf("%d %s", pid, strings.Join(args, " ")))
	}
	return found
}

// checkNoProcessesLeft fails the test if a process it started outlived
// teardown, and kills it (by pid) so that the next run starts clean.
func checkNoProcessesLeft(t *testing.T, dir string) {
	// Chromium's helpers and a kernel may need a moment after their parent
	// has gone.
	var left []string
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if left = processesUnder(dir); len(left) == 0 {
			return
		}
	}
	t.Errorf("processes left after teardown:\n%s", strings.Join(left, "\n"))
	for _, p := range left {
		pid, _ := strconv.Atoi(strings.Fields(p)[0])
		syscall.Kill(pid, syscall.SIGKILL)
	}
}
