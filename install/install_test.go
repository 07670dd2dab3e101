package install

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

// fakeBinary returns the path of an existing file to stand in for the
// gobackprop binary.
func fakeBinary(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "gobackprop")
	if err := os.WriteFile(path, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestInstall(t *testing.T) {
	exe := fakeBinary(t)
	prefix := t.TempDir()
	dataDir := t.TempDir()
	tests := []struct {
		name        string
		opts        Options
		setup       func(t *testing.T)
		wantDir     string
		wantDisplay string
	}{
		{"prefix scope", Options{Scope: Prefix, Prefix: prefix, Executable: exe},
			nil, filepath.Join(prefix, "share", "jupyter", "kernels", "gobackprop"), "Go (gobackprop)"},
		{"user scope", Options{Scope: User, Executable: exe},
			func(t *testing.T) { t.Setenv("JUPYTER_DATA_DIR", dataDir) },
			filepath.Join(dataDir, "kernels", "gobackprop"), "Go (gobackprop)"},
		{"other name", Options{Scope: User, Name: "gobackprop-dev", Executable: exe},
			func(t *testing.T) { t.Setenv("JUPYTER_DATA_DIR", dataDir) },
			filepath.Join(dataDir, "kernels", "gobackprop-dev"), "Go (gobackprop-dev)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.setup != nil {
				tt.setup(t)
			}
			dir, err := Install(tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if dir != tt.wantDir {
				t.Errorf("got dir %s, want %s", dir, tt.wantDir)
			}
			b, err := os.ReadFile(filepath.Join(dir, "kernel.json"))
			if err != nil {
				t.Fatal(err)
			}
			var got KernelSpec
			if err := json.Unmarshal(b, &got); err != nil {
				t.Fatalf("kernel.json: %v", err)
			}
			checks := []struct {
				field     string
				got, want any
			}{
				{"argv", got.Argv, []string{exe, "kernel", "{connection_file}"}},
				{"display_name", got.DisplayName, tt.wantDisplay},
				{"language", got.Language, "go"},
				{"interrupt_mode", got.InterruptMode, "message"},
				{"metadata", got.Metadata, map[string]any{"debugger": false}},
			}
			for _, c := range checks {
				if !reflect.DeepEqual(c.got, c.want) {
					t.Errorf("got %s %#v, want %#v", c.field, c.got, c.want)
				}
			}
			if !strings.HasPrefix(string(b), "{\n  \"argv\"") {
				t.Errorf("got kernel.json starting %q, want indented JSON", string(b[:min(len(b), 20)]))
			}
			for _, logo := range []string{"logo-32x32.png", "logo-64x64.png", "logo-svg.svg", "kernel.js"} {
				if _, err := os.Stat(filepath.Join(dir, logo)); err != nil {
					t.Errorf("got %v, want %s installed", err, logo)
				}
			}
		})
	}
}

func TestInstallReplaces(t *testing.T) {
	opts := Options{Scope: Prefix, Prefix: t.TempDir(), Executable: fakeBinary(t)}
	dir, err := Install(opts)
	if err != nil {
		t.Fatal(err)
	}
	stale := filepath.Join(dir, "logo-old.png")
	if err := os.WriteFile(stale, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	opts.Executable = fakeBinary(t)
	if _, err := Install(opts); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("got %v for a file of the old spec, want it removed", err)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "kernel.json"))
	if !strings.Contains(string(b), opts.Executable) {
		t.Errorf("got kernel.json %s, want the new executable %s", b, opts.Executable)
	}
}

func TestUninstall(t *testing.T) {
	opts := Options{Scope: Prefix, Prefix: t.TempDir(), Executable: fakeBinary(t)}
	dir, err := Install(opts)
	if err != nil {
		t.Fatal(err)
	}
	removed, err := Uninstall(opts)
	if err != nil {
		t.Fatal(err)
	}
	if removed != dir {
		t.Errorf("got removed %s, want %s", removed, dir)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("got %v for the removed dir, want it gone", err)
	}

	_, err = Uninstall(opts)
	want := "install: no kernelspec named gobackprop in " + filepath.Dir(dir)
	if err == nil || err.Error() != want {
		t.Errorf("got error %v, want %s", err, want)
	}
}

func TestInstallErrors(t *testing.T) {
	exe := fakeBinary(t)
	prefix := t.TempDir()
	tests := []struct {
		name string
		opts Options
		want string
	}{
		{"prefix scope without prefix", Options{Scope: Prefix, Executable: exe}, "install: the prefix scope needs a prefix directory"},
		{"path in name", Options{Scope: Prefix, Prefix: prefix, Name: "../evil", Executable: exe}, `install: kernel name "../evil": use only letters, digits, '.', '_' and '-'`},
		{"dot dot", Options{Scope: Prefix, Prefix: prefix, Name: "..", Executable: exe}, `install: kernel name "..": use only letters, digits, '.', '_' and '-'`},
		{"space in name", Options{Scope: Prefix, Prefix: prefix, Name: "go backprop", Executable: exe}, `install: kernel name "go backprop": use only letters, digits, '.', '_' and '-'`},
		{"missing executable", Options{Scope: Prefix, Prefix: prefix, Executable: filepath.Join(prefix, "nope")}, "install: executable: stat " + filepath.Join(prefix, "nope") + ": no such file or directory"},
		{"directory as executable", Options{Scope: Prefix, Prefix: prefix, Executable: prefix}, "install: executable " + prefix + " is a directory"},
		{"unknown scope", Options{Scope: Scope(7), Executable: exe}, "install: unknown scope Scope(7)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, err := Install(tt.opts)
			if err == nil || err.Error() != tt.want {
				t.Errorf("got %q, %v, want error %s", dir, err, tt.want)
			}
		})
	}
}

func TestKernelsDir(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the expected paths are Linux's")
	}
	home := t.TempDir()
	script := filepath.Join(t.TempDir(), "python")
	// A stand-in Python that, like pyenv's, prints a notice before the
	// answer.
	if err := os.WriteFile(script, []byte("#!/bin/sh\necho 'notice: frozen modules'\necho /opt/env\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		env  map[string]string
		opts Options
		want string
	}{
		{"JUPYTER_DATA_DIR", map[string]string{"JUPYTER_DATA_DIR": "/data/jupyter", "XDG_DATA_HOME": "/xdg"}, Options{}, "/data/jupyter/kernels"},
		{"XDG_DATA_HOME", map[string]string{"JUPYTER_DATA_DIR": "", "XDG_DATA_HOME": "/xdg"}, Options{}, "/xdg/jupyter/kernels"},
		{"home", map[string]string{"JUPYTER_DATA_DIR": "", "XDG_DATA_HOME": "", "HOME": home}, Options{}, filepath.Join(home, ".local/share/jupyter/kernels")},
		{"sys prefix", map[string]string{pythonEnv: script}, Options{Scope: SysPrefix}, "/opt/env/share/jupyter/kernels"},
		{"prefix", nil, Options{Scope: Prefix, Prefix: "/usr/local"}, "/usr/local/share/jupyter/kernels"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			got, err := KernelsDir(tt.opts)
			if err != nil || got != tt.want {
				t.Errorf("got %q, %v, want %s", got, err, tt.want)
			}
		})
	}

	t.Run("python that fails", func(t *testing.T) {
		t.Setenv(pythonEnv, filepath.Join(home, "no-python"))
		_, err := KernelsDir(Options{Scope: SysPrefix})
		if err == nil || !strings.Contains(err.Error(), "set GOBACKPROP_PYTHON to the Python that runs Jupyter") {
			t.Errorf("got error %v, want one that says to set %s", err, pythonEnv)
		}
	})
}

// TestInstallForAClass checks what an admin sets for every user of a
// shared machine: each notebook's memory and where the data sets are.
func TestInstallForAClass(t *testing.T) {
	prefix := t.TempDir()
	dir, err := Install(Options{Scope: Prefix, Prefix: prefix, Executable: fakeBinary(t), MemoryLimit: "2GiB", Data: "/usr/local/share/gobackprop/data"})
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "kernel.json"))
	if err != nil {
		t.Fatal(err)
	}
	var got KernelSpec
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"GOBACKPROP_MEMORY_LIMIT": "2GiB", "GOBACKPROP_OUTPUT_LIMIT": DefaultOutputLimit, "GOBACKPROP_DATA": "/usr/local/share/gobackprop/data"}
	if runtime.GOOS == "windows" {
		want["GOBACKPROP_DATA"], _ = filepath.Abs(want["GOBACKPROP_DATA"])
	}
	if !reflect.DeepEqual(got.Env, want) {
		t.Errorf("got env %v, want %v", got.Env, want)
	}
}

// Jupyter's user data directory on each system, tested on any: dataDir
// takes the system and the environment.
func TestDataDir(t *testing.T) {
	tests := []struct {
		name string
		goos string
		env  map[string]string
		want string
	}{
		{"linux", "linux", map[string]string{"HOME": "/home/ada"}, "/home/ada/.local/share/jupyter"},
		{"linux XDG_DATA_HOME", "linux", map[string]string{"HOME": "/home/ada", "XDG_DATA_HOME": "/xdg"}, "/xdg/jupyter"},
		{"freebsd is linux's rule", "freebsd", map[string]string{"HOME": "/home/ada"}, "/home/ada/.local/share/jupyter"},
		{"macOS", "darwin", map[string]string{"HOME": "/Users/ada"}, "/Users/ada/Library/Jupyter"},
		{"macOS ignores XDG_DATA_HOME", "darwin", map[string]string{"HOME": "/Users/ada", "XDG_DATA_HOME": "/xdg"}, "/Users/ada/Library/Jupyter"},
		{"windows", "windows", map[string]string{"APPDATA": `C:\Users\ada\AppData\Roaming`, "USERPROFILE": `C:\Users\ada`}, `C:\Users\ada\AppData\Roaming\jupyter`},
		{"windows APPDATA with a trailing separator", "windows", map[string]string{"APPDATA": `D:\roaming\`}, `D:\roaming\jupyter`},
		{"windows without APPDATA", "windows", map[string]string{"USERPROFILE": `C:\Users\ada`}, `C:\Users\ada\.jupyter\data`},
		{"windows JUPYTER_CONFIG_DIR", "windows", map[string]string{"JUPYTER_CONFIG_DIR": `E:\conf`, "USERPROFILE": `C:\Users\ada`}, `E:\conf\data`},
		{"windows ignores HOME", "windows", map[string]string{"HOME": "/home/ada", "USERPROFILE": `C:\Users\ada`}, `C:\Users\ada\.jupyter\data`},
		{"JUPYTER_DATA_DIR on linux", "linux", map[string]string{"HOME": "/home/ada", "JUPYTER_DATA_DIR": "/srv/jupyter"}, "/srv/jupyter"},
		{"JUPYTER_DATA_DIR on macOS", "darwin", map[string]string{"HOME": "/Users/ada", "JUPYTER_DATA_DIR": "/srv/jupyter"}, "/srv/jupyter"},
		{"JUPYTER_DATA_DIR on windows", "windows", map[string]string{"APPDATA": `C:\roaming`, "JUPYTER_DATA_DIR": `F:\jupyter`}, `F:\jupyter`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := dataDir(tt.goos, func(k string) string { return tt.env[k] })
			if err != nil || got != tt.want {
				t.Errorf("got %q, %v, want %s", got, err, tt.want)
			}
		})
	}
	for _, goos := range []string{"linux", "darwin", "windows"} {
		t.Run(goos+" without a home", func(t *testing.T) {
			got, err := dataDir(goos, func(string) string { return "" })
			if !errors.Is(err, errNoHome) {
				t.Errorf("got %q, %v, want errNoHome", got, err)
			}
		})
	}
}
