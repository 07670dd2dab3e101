package install

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestJupyterListsKernel installs into a temporary data directory and asks
// Jupyter itself whether it finds the kernel, which is the only real proof
// that the paths and kernel.json are right. It needs jupyter: a machine
// without it skips, but CI must have it and fails instead.
func TestJupyterListsKernel(t *testing.T) {
	jupyter := "/usr/bin/jupyter"
	if _, err := os.Stat(jupyter); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("jupyter is not installed at %s: CI must install it (Debian packages jupyter-core, jupyter-client)", jupyter)
		}
		t.Skipf("jupyter is not installed at %s; install it (apt-get install jupyter-client) to run this test", jupyter)
	}
	dataDir := t.TempDir()
	t.Setenv("JUPYTER_DATA_DIR", dataDir)
	const name = "gobackprop-test"
	exe := fakeBinary(t)
	dir, err := Install(Options{Scope: User, Name: name, Executable: exe})
	if err != nil {
		t.Fatal(err)
	}

	cmd := exec.Command(jupyter, "kernelspec", "list", "--json")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("jupyter kernelspec list: %v", err)
	}
	var list struct {
		Kernelspecs map[string]struct {
			ResourceDir string     `json:"resource_dir"`
			Spec        KernelSpec `json:"spec"`
		} `json:"kernelspecs"`
	}
	if err := json.Unmarshal(out, &list); err != nil {
		t.Fatalf("jupyter kernelspec list: %v in %s", err, out)
	}
	got, ok := list.Kernelspecs[name]
	if !ok {
		t.Fatalf("jupyter does not list %s; it lists %s", name, out)
	}
	wantDir, _ := filepath.EvalSymlinks(dir)
	if gotDir, _ := filepath.EvalSymlinks(got.ResourceDir); gotDir != wantDir {
		t.Errorf("got resource_dir %s, want %s", got.ResourceDir, dir)
	}
	if len(got.Spec.Argv) != 3 || got.Spec.Argv[0] != exe {
		t.Errorf("got argv %q, want [%s kernel {connection_file}]", got.Spec.Argv, exe)
	}
	if got.Spec.DisplayName != "Go ("+name+")" {
		t.Errorf("got display_name %q, want %q", got.Spec.DisplayName, "Go ("+name+")")
	}
}
