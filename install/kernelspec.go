package install

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
)

// KernelSpec is the content of a kernel.json file.
type KernelSpec struct {
	// Argv starts the kernel; Jupyter replaces "{connection_file}".
	Argv        []string `json:"argv"`
	DisplayName string   `json:"display_name"`
	Language    string   `json:"language"`
	// InterruptMode "message" makes Jupyter interrupt with an
	// interrupt_request on the control channel instead of SIGINT, which
	// Windows lacks and which would stop the whole Go process.
	InterruptMode string         `json:"interrupt_mode"`
	Metadata      map[string]any `json:"metadata"`
	// Env is added to the kernel's environment. GOBACKPROP_MEMORY_LIMIT
	// bounds the memory of the process that runs the cells (package
	// worker), GOBACKPROP_OUTPUT_LIMIT the stream output one cell may
	// send (package kernel); admins edit them in the installed
	// kernel.json.
	Env map[string]string `json:"env,omitempty"`
}

// DefaultMemoryLimit is the session's memory limit a new kernelspec
// sets: room for the bundled notebooks (MNIST in float64 is under 0.5
// GB) many times over, and an allocation bomb still ends in an error
// instead of the machine swapping.
const DefaultMemoryLimit = "4GiB"

// DefaultOutputLimit is the output limit a new kernelspec sets: the
// kernel's own default, written out so that admins see what to edit.
const DefaultOutputLimit = "16MiB"

// spec returns the kernelspec Install writes for opts.
func spec(opts Options) (KernelSpec, error) {
	exe, err := executable(opts)
	if err != nil {
		return KernelSpec{}, err
	}
	env := map[string]string{
		"GOBACKPROP_MEMORY_LIMIT": DefaultMemoryLimit,
		"GOBACKPROP_OUTPUT_LIMIT": DefaultOutputLimit,
	}
	if opts.MemoryLimit != "" {
		env["GOBACKPROP_MEMORY_LIMIT"] = opts.MemoryLimit
	}
	if opts.Data != "" {
		if env["GOBACKPROP_DATA"], err = filepath.Abs(opts.Data); err != nil {
			return KernelSpec{}, fmt.Errorf("install: %w", err)
		}
	}
	return KernelSpec{
		Argv:          []string{exe, "kernel", "{connection_file}"},
		DisplayName:   "Go (" + opts.name() + ")",
		Language:      "go",
		InterruptMode: "message",
		// The kernel does not implement the debug protocol; saying so
		// keeps JupyterLab from showing a debugger that cannot work.
		Metadata: map[string]any{"debugger": false},
		Env:      env,
	}, nil
}

// Install writes the kernelspec directory for opts (kernel.json and the
// logos) into the scope's kernels directory and returns the directory. A
// kernelspec of the same name is replaced, as jupyter kernelspec install
// --replace does. Install returns an error if the name is not a valid
// kernel name, the executable does not exist, or the directory cannot be
// written (for the SysPrefix scope of a system Python, that needs root:
// use the User scope instead).
func Install(opts Options) (dir string, err error) {
	dir, err = specDir(opts)
	if err != nil {
		return "", err
	}
	ks, err := spec(opts)
	if err != nil {
		return "", err
	}
	specJSON, err := json.MarshalIndent(ks, "", "  ")
	if err != nil {
		return "", fmt.Errorf("install: %w", err)
	}
	png32, err := logoPNG(32)
	if err != nil {
		return "", err
	}
	png64, err := logoPNG(64)
	if err != nil {
		return "", err
	}
	files := []struct {
		name string
		data []byte
	}{
		{"kernel.json", append(specJSON, '\n')},
		{"logo-32x32.png", png32},
		{"logo-64x64.png", png64},
		{"logo-svg.svg", []byte(logoSVG())},
		{"kernel.js", []byte(kernelJS)},
	}
	// Removing first drops files an older version wrote and this one no
	// longer does.
	if err := os.RemoveAll(dir); err != nil {
		return "", fmt.Errorf("install: replace %s: %w", dir, err)
	}
	// 0755 and 0644: in a shared prefix every user's Jupyter must read
	// the spec.
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("install: %w", err)
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f.name), f.data, 0o644); err != nil {
			return "", fmt.Errorf("install: %w", err)
		}
	}
	return dir, nil
}

// kernelJS is loaded by the classic Notebook with the kernel. gofmt
// indents with tabs, which Notebook 6 draws as grey arrows; Go code reads
// better with plain indentation, four columns wide as in most Go editors.
const kernelJS = `define(function () {
  "use strict";
  return {
    onload: function () {
      var style = document.createElement("style");
      style.textContent = ".cm-s-ipython span.cm-tab { background: none !important; }" +
        " .CodeMirror pre { tab-size: 4; -moz-tab-size: 4; }";
      document.head.appendChild(style);
    }
  };
});
`

// Uninstall removes the kernelspec directory for opts and returns it. It
// returns an error if no kernelspec of that name is installed in the
// scope.
func Uninstall(opts Options) (removed string, err error) {
	dir, err := specDir(opts)
	if err != nil {
		return "", err
	}
	if _, err := os.Stat(filepath.Join(dir, "kernel.json")); errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("install: no kernelspec named %s in %s", opts.name(), filepath.Dir(dir))
	}
	if err := os.RemoveAll(dir); err != nil {
		return "", fmt.Errorf("install: %w", err)
	}
	return dir, nil
}

// validName is Jupyter's rule for kernel names (jupyter_client's
// _kernel_name_pat). Checking it also keeps a name like "../x" from
// making Install or Uninstall touch a directory outside the kernels
// directory.
var validName = regexp.MustCompile(`^[a-zA-Z0-9._-]+$`)

// specDir returns the directory of the kernelspec for opts.
func specDir(opts Options) (string, error) {
	name := opts.name()
	if !validName.MatchString(name) || name == "." || name == ".." {
		return "", fmt.Errorf("install: kernel name %q: use only letters, digits, '.', '_' and '-'", name)
	}
	kernels, err := KernelsDir(opts)
	if err != nil {
		return "", err
	}
	return filepath.Join(kernels, name), nil
}

// executable returns the absolute path of the binary the spec starts.
func executable(opts Options) (string, error) {
	exe := opts.Executable
	if exe == "" {
		var err error
		if exe, err = os.Executable(); err != nil {
			return "", fmt.Errorf("install: find the running binary: %w: give its path", err)
		}
		if exe, err = filepath.EvalSymlinks(exe); err != nil {
			return "", fmt.Errorf("install: %w", err)
		}
	}
	exe, err := filepath.Abs(exe)
	if err != nil {
		return "", fmt.Errorf("install: %w", err)
	}
	if fi, err := os.Stat(exe); err != nil {
		return "", fmt.Errorf("install: executable: %w", err)
	} else if fi.IsDir() {
		return "", fmt.Errorf("install: executable %s is a directory", exe)
	}
	return exe, nil
}
