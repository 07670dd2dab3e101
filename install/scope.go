package install

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"runtime"
	"strings"
)

// Scope says for whom a kernelspec is installed.
type Scope int

// Scopes, from the narrowest.
const (
	User      Scope = iota // the current user's Jupyter data directory
	SysPrefix              // the data directory of the Python environment that runs Jupyter (sys.prefix)
	Prefix                 // Options.Prefix/share/jupyter, for packaging or a custom environment
)

// String returns the scope's name as the jupyter kernelspec command spells
// its flags: "user", "sys-prefix" or "prefix".
func (s Scope) String() string {
	switch s {
	case User:
		return "user"
	case SysPrefix:
		return "sys-prefix"
	case Prefix:
		return "prefix"
	}
	return fmt.Sprintf("Scope(%d)", int(s))
}

// DefaultName is the kernel name used when Options.Name is empty. It is
// what notebooks record in metadata.kernelspec.name.
const DefaultName = "gobackprop"

// Options says where to install a kernelspec and for which binary.
type Options struct {
	Scope  Scope
	Prefix string // the prefix directory, for the Prefix scope only

	// Name is the kernel's name, DefaultName if empty. Installing under
	// another name lets two builds (say, a release and a checkout) sit
	// side by side.
	Name string

	// MemoryLimit is the kernelspec's GOBACKPROP_MEMORY_LIMIT, the memory
	// of each notebook's Go session ("2GiB"); empty means
	// DefaultMemoryLimit. On a shared machine (a class's JupyterHub) it is
	// what keeps one student's runaway cell from starving the others.
	MemoryLimit string

	// Data, if set, is written as the kernelspec's GOBACKPROP_DATA: the
	// folder where every user's notebooks find the data sets (MNIST),
	// for users whose own Go module cache does not hold them.
	Data string

	// Executable is the path of the binary Jupyter starts, by default the
	// running one with symlinks resolved, so that the kernelspec keeps
	// working when a symlink (a Homebrew or go install shim) moves.
	Executable string
}

func (o Options) name() string {
	if o.Name == "" {
		return DefaultName
	}
	return o.Name
}

// pythonEnv names the environment variable that chooses the Python whose
// sys.prefix the SysPrefix scope uses.
const pythonEnv = "GOBACKPROP_PYTHON"

// KernelsDir returns the kernels directory of opts.Scope, where Install
// puts a kernelspec directory:
//
//   - User: $JUPYTER_DATA_DIR/kernels if that is set; else on Linux
//     $XDG_DATA_HOME/jupyter/kernels or ~/.local/share/jupyter/kernels, on
//     macOS ~/Library/Jupyter/kernels, on Windows %APPDATA%\jupyter\kernels
//     (see dataDir).
//   - SysPrefix: PREFIX/share/jupyter/kernels, where PREFIX is sys.prefix
//     of the Python that runs Jupyter: $GOBACKPROP_PYTHON if set, else
//     /usr/bin/python3 if it exists, else python3 on the PATH.
//   - Prefix: opts.Prefix/share/jupyter/kernels.
//
// KernelsDir returns an error for the Prefix scope without a prefix, or
// when the directory cannot be found out (no home directory, no Python).
func KernelsDir(opts Options) (string, error) {
	switch opts.Scope {
	case User:
		dir, err := userDataDir()
		if err != nil {
			return "", err
		}
		return filepath.Join(dir, "kernels"), nil
	case SysPrefix:
		prefix, err := pythonPrefix()
		if err != nil {
			return "", err
		}
		return filepath.Join(prefix, "share", "jupyter", "kernels"), nil
	case Prefix:
		if opts.Prefix == "" {
			return "", errors.New("install: the prefix scope needs a prefix directory")
		}
		prefix, err := filepath.Abs(opts.Prefix)
		if err != nil {
			return "", fmt.Errorf("install: %w", err)
		}
		return filepath.Join(prefix, "share", "jupyter", "kernels"), nil
	}
	return "", fmt.Errorf("install: unknown scope %v", opts.Scope)
}

// userDataDir follows jupyter_core.paths.jupyter_data_dir on this
// system.
func userDataDir() (string, error) {
	dir, err := dataDir(runtime.GOOS, os.Getenv)
	if err != nil {
		return "", fmt.Errorf("install: user scope: %w: set JUPYTER_DATA_DIR", err)
	}
	return filepath.Abs(dir)
}

// errNoHome is dataDir's error when the environment names no home
// directory.
var errNoHome = errors.New("no home directory")

// dataDir is Jupyter's user data directory on the system goos, with the
// environment getenv (jupyter_core.paths.jupyter_data_dir, without
// platformdirs): $JUPYTER_DATA_DIR if set; on macOS ~/Library/Jupyter; on
// Windows %APPDATA%\jupyter, or without APPDATA %JUPYTER_CONFIG_DIR%\data
// or ~\.jupyter\data; elsewhere $XDG_DATA_HOME/jupyter or
// ~/.local/share/jupyter. The home directory is $HOME, on Windows
// %USERPROFILE%. Paths are joined with goos's separator, so that every
// system's rule can be tested on any.
func dataDir(goos string, getenv func(string) string) (string, error) {
	if dir := getenv("JUPYTER_DATA_DIR"); dir != "" {
		return dir, nil
	}
	join := func(elem ...string) string { return path.Join(elem...) }
	homeVar := "HOME"
	if goos == "windows" {
		join = func(elem ...string) string {
			return strings.TrimRight(elem[0], `\/`) + `\` + strings.Join(elem[1:], `\`)
		}
		homeVar = "USERPROFILE"
	}
	home := func() (string, error) {
		if h := getenv(homeVar); h != "" {
			return h, nil
		}
		return "", errNoHome
	}
	switch goos {
	case "darwin", "ios":
		h, err := home()
		if err != nil {
			return "", err
		}
		return join(h, "Library", "Jupyter"), nil
	case "windows":
		if appData := getenv("APPDATA"); appData != "" {
			return join(appData, "jupyter"), nil
		}
		if config := getenv("JUPYTER_CONFIG_DIR"); config != "" {
			return join(config, "data"), nil
		}
		h, err := home()
		if err != nil {
			return "", err
		}
		return join(h, ".jupyter", "data"), nil
	}
	if xdg := getenv("XDG_DATA_HOME"); xdg != "" {
		return join(xdg, "jupyter"), nil
	}
	h, err := home()
	if err != nil {
		return "", err
	}
	return join(h, ".local", "share", "jupyter"), nil
}

// pythonPrefix asks Python for sys.prefix. /usr/bin/python3 comes before
// the PATH because a version manager (pyenv, conda base) often puts a
// Python without Jupyter first on the PATH, while a distribution's jupyter
// runs with the system one.
func pythonPrefix() (string, error) {
	python := os.Getenv(pythonEnv)
	if python == "" {
		python = "python3"
		if runtime.GOOS == "windows" {
			python = "python"
		}
		if _, err := os.Stat("/usr/bin/python3"); err == nil {
			python = "/usr/bin/python3"
		}
	}
	cmd := exec.Command(python, "-c", "import sys; print(sys.prefix)")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			err = fmt.Errorf("%w: %s", err, msg)
		}
		return "", fmt.Errorf("install: sys-prefix scope: ask %s for sys.prefix: %w: set %s to the Python that runs Jupyter, or use the user scope",
			python, err, pythonEnv)
	}
	// Some interpreters print notices before the answer; sys.prefix is
	// the last line.
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	prefix := strings.TrimSpace(lines[len(lines)-1])
	if prefix == "" {
		return "", fmt.Errorf("install: sys-prefix scope: %s printed no sys.prefix: set %s to the Python that runs Jupyter", python, pythonEnv)
	}
	return prefix, nil
}
