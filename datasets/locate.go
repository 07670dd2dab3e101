package datasets

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
	"unicode"
)

// EnvData is the environment variable that points the loaders at a data
// directory. It comes before a directory given in code so that a user can
// redirect a notebook without editing it.
const EnvData = "GOBACKPROP_DATA"

// ErrNotFound is matched (with errors.Is) by the error a loader returns when
// no directory it looked in holds the data set's files. The error's own
// text lists the places and how to fix it.
var ErrNotFound = errors.New("datasets: data set not found")

// notFound carries the long message while still matching ErrNotFound.
type notFound struct{ msg string }

func (e *notFound) Error() string        { return e.msg }
func (e *notFound) Is(target error) bool { return target == ErrNotFound }

// place is one directory a loader looks in and where the name came from,
// for the error message when none of them holds the files.
type place struct {
	dir, from string
}

// places yields the directories to search, in order: $GOBACKPROP_DATA,
// then the caller's dir, each also with sub appended (the folder a data set
// usually unpacks into), then the place last returns if last is not nil.
// last is called only when the others have been passed over: finding the
// module cache may start the go command, which a load should not pay for
// when the data is elsewhere.
func places(dir, sub string, last func() place) iter.Seq[place] {
	return func(yield func(place) bool) {
		var ps []place
		if env := os.Getenv(EnvData); env != "" {
			ps = append(ps, place{env, "$" + EnvData}, place{filepath.Join(env, sub), "$" + EnvData + "/" + sub})
		} else {
			ps = append(ps, place{"", "$" + EnvData})
		}
		if dir != "" {
			ps = append(ps, place{dir, "argument"}, place{filepath.Join(dir, sub), "argument/" + sub})
		}
		for _, p := range ps {
			if !yield(p) {
				return
			}
		}
		if last != nil {
			yield(last())
		}
	}
}

// find returns the first place that holds every file in names, each either
// as named or with one of the suffixes (MNIST's files may be gzipped or
// not), together with the path of each file. When no place holds them all,
// the error says what was missing where, followed by fix.
func find(what string, names, suffixes []string, ps iter.Seq[place], fix string) (string, []string, error) {
	var tried strings.Builder
	for p := range ps {
		if p.dir == "" {
			fmt.Fprintf(&tried, "\n\t%s: not set", p.from)
			continue
		}
		if fi, err := os.Stat(p.dir); err != nil || !fi.IsDir() {
			fmt.Fprintf(&tried, "\n\t%s %s: no such directory", p.from, p.dir)
			continue
		}
		paths, missing := make([]string, len(names)), []string(nil)
		for i, name := range names {
			for _, suffix := range suffixes {
				if fi, err := os.Stat(filepath.Join(p.dir, name+suffix)); err == nil && fi.Mode().IsRegular() {
					paths[i] = filepath.Join(p.dir, name+suffix)
					break
				}
			}
			if paths[i] == "" {
				missing = append(missing, name+suffixes[0])
			}
		}
		if missing == nil {
			return p.dir, paths, nil
		}
		fmt.Fprintf(&tried, "\n\t%s %s: missing %s", p.from, p.dir, strings.Join(missing, ", "))
	}
	return "", nil, &notFound{fmt.Sprintf("datasets: %s not found; looked in:%s\nto fix: %s", what, tried.String(), fix)}
}

// moduleCache returns the Go module cache directory and how it was found,
// without a network: $GOMODCACHE, else what the go command reports (which
// also honours `go env -w`), else $GOPATH/pkg/mod, else ~/go/pkg/mod, the
// go command's own defaults.
func moduleCache() (dir, from string) {
	if d := os.Getenv("GOMODCACHE"); d != "" {
		return d, "$GOMODCACHE"
	}
	if goCmd, err := exec.LookPath("go"); err == nil {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		cmd := exec.CommandContext(ctx, goCmd, "env", "GOMODCACHE")
		// Outside any module and with the local toolchain only, so that a
		// go.mod asking for a newer Go never starts a toolchain download.
		cmd.Dir = os.TempDir()
		cmd.Env = append(os.Environ(), "GOTOOLCHAIN=local", "GOFLAGS=")
		if out, err := cmd.Output(); err == nil {
			if d := strings.TrimSpace(string(out)); d != "" {
				return d, "module cache (go env GOMODCACHE)"
			}
		}
	}
	if gp := filepath.SplitList(os.Getenv("GOPATH")); len(gp) > 0 && gp[0] != "" {
		return filepath.Join(gp[0], "pkg", "mod"), "module cache ($GOPATH/pkg/mod)"
	}
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, "go", "pkg", "mod"), "module cache (~/go/pkg/mod)"
	}
	return "", "module cache (no $GOMODCACHE, go command, $GOPATH or home directory)"
}

// escapeModulePath spells a module path the way the module cache stores it
// on disk: each upper-case letter becomes '!' and its lower-case form, so
// that case-insensitive file systems keep GoMNIST and gomnist apart.
func escapeModulePath(path string) string {
	var b strings.Builder
	for _, r := range path {
		if unicode.IsUpper(r) {
			b.WriteByte('!')
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}
