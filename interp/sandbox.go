package interp

import (
	"errors"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"time"

	"github.com/gobackprop/gobackprop/interp/typecheck"
	"github.com/traefik/yaegi/interp"
)

// ErrOutsideSandbox is returned by a restricted session's file functions
// for a path outside the session's sandbox directory.
var ErrOutsideSandbox = errors.New("restricted session: only files under the sandbox directory can be used")

// sandbox confines the os package's file functions to one directory: a
// grader runs a student's cells where they may write scratch files but not
// read the instructor's or change anything else.
//
// The check resolves names itself, then the call goes through an os.Root
// of the directory: a second layer, which the operating system holds to
// the directory even if a link changes between the check and the call.
type sandbox struct {
	dir  string
	root *os.Root
}

// rel returns name, checked, as a path the sandbox's root opens.
func (s sandbox) rel(name string) (string, error) {
	abs, err := s.inside(name)
	if err != nil {
		return "", err
	}
	return filepath.Rel(s.dir, abs)
}

// inside resolves name like the os package would (relative to the working
// directory) and reports whether it lies under the sandbox.
func (s sandbox) inside(name string) (string, error) {
	abs, err := filepath.Abs(name)
	if err != nil {
		return "", err
	}
	// Resolve symbolic links of the existing part, so a link inside the
	// sandbox cannot point out of it.
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	} else if real, err := filepath.EvalSymlinks(filepath.Dir(abs)); err == nil {
		abs = filepath.Join(real, filepath.Base(abs))
	}
	if abs != s.dir && !strings.HasPrefix(abs, s.dir+string(filepath.Separator)) {
		return "", &fs.PathError{Op: "open", Path: name, Err: ErrOutsideSandbox}
	}
	return abs, nil
}

func (s sandbox) check(names ...string) error {
	for _, n := range names {
		if _, err := s.inside(n); err != nil {
			return err
		}
	}
	return nil
}

// osSymbols returns the os package's symbols with every function that
// names a file wrapped by a sandbox check.
func (s sandbox) osSymbols(base map[string]reflect.Value) map[string]reflect.Value {
	out := make(map[string]reflect.Value, len(base))
	for k, v := range base {
		out[k] = v
	}
	r := s.root
	wrap := map[string]any{
		"Create": func(n string) (*os.File, error) { return guard1(s, n, r.Create) },
		"Open":   func(n string) (*os.File, error) { return guard1(s, n, r.Open) },
		"OpenFile": func(n string, f int, p os.FileMode) (*os.File, error) {
			return guard1(s, n, func(rel string) (*os.File, error) { return r.OpenFile(rel, f, p) })
		},
		"ReadFile": func(n string) ([]byte, error) { return guard1(s, n, r.ReadFile) },
		"ReadDir": func(n string) ([]os.DirEntry, error) {
			return guard1(s, n, func(rel string) ([]os.DirEntry, error) { return fs.ReadDir(r.FS(), filepath.ToSlash(rel)) })
		},
		"WriteFile": func(n string, b []byte, p os.FileMode) error {
			return guard0(s, n, func(rel string) error { return r.WriteFile(rel, b, p) })
		},
		"Remove":    func(n string) error { return guard0(s, n, r.Remove) },
		"RemoveAll": func(n string) error { return guard0(s, n, r.RemoveAll) },
		"Mkdir": func(n string, p os.FileMode) error {
			return guard0(s, n, func(rel string) error { return r.Mkdir(rel, p) })
		},
		"MkdirAll": func(n string, p os.FileMode) error {
			return guard0(s, n, func(rel string) error { return r.MkdirAll(rel, p) })
		},
		"Rename": func(a, b string) error { return guard2(s, r.Rename, a, b) },
		"Symlink": func(target, link string) error {
			// The target is text the link holds; it must name the sandbox too.
			if err := s.check(target); err != nil {
				return err
			}
			return guard0(s, link, func(rel string) error { return r.Symlink(target, rel) })
		},
		"Link":  func(a, b string) error { return guard2(s, r.Link, a, b) },
		"Chdir": func(n string) error { return guard0(s, n, func(string) error { return os.Chdir(n) }) },
		"Chmod": func(n string, p os.FileMode) error {
			return guard0(s, n, func(rel string) error { return r.Chmod(rel, p) })
		},
		"Chown": func(n string, uid, gid int) error {
			return guard0(s, n, func(rel string) error { return r.Chown(rel, uid, gid) })
		},
		"Lchown": func(n string, uid, gid int) error {
			return guard0(s, n, func(rel string) error { return r.Lchown(rel, uid, gid) })
		},
		"Chtimes": func(n string, a, m time.Time) error {
			return guard0(s, n, func(rel string) error { return r.Chtimes(rel, a, m) })
		},
		"Readlink": func(n string) (string, error) { return guard1(s, n, r.Readlink) },
		"Truncate": func(n string, size int64) error {
			return guard0(s, n, func(rel string) error {
				f, err := r.OpenFile(rel, os.O_WRONLY, 0)
				if err != nil {
					return err
				}
				defer f.Close()
				return f.Truncate(size)
			})
		},
		"Stat":  func(n string) (os.FileInfo, error) { return guard1(s, n, r.Stat) },
		"Lstat": func(n string) (os.FileInfo, error) { return guard1(s, n, r.Lstat) },
		"CreateTemp": func(dir, pattern string) (*os.File, error) {
			if dir == "" {
				dir = s.dir
			}
			if err := s.check(dir); err != nil {
				return nil, err
			}
			return os.CreateTemp(dir, pattern)
		},
		"MkdirTemp": func(dir, pattern string) (string, error) {
			if dir == "" {
				dir = s.dir
			}
			if err := s.check(dir); err != nil {
				return "", err
			}
			return os.MkdirTemp(dir, pattern)
		},
		"TempDir": func() string { return s.dir },
		"DirFS": func(n string) fs.FS {
			if err := s.check(n); err != nil {
				return os.DirFS(s.dir)
			}
			return os.DirFS(n)
		},
	}
	for name, fn := range wrap {
		if _, ok := base[name]; ok {
			out[name] = reflect.ValueOf(fn)
		}
	}
	// Ways out of the sandbox that name no file in it: other processes,
	// and any descriptor of the process by number (a grader's results
	// channel).
	for _, name := range []string{"StartProcess", "FindProcess", "NewFile"} {
		delete(out, name)
	}
	return out
}

// reflectSymbols returns the reflect package without its ways to memory
// by address: NewAt and SliceAt make a value of any type at any address
// (with Value.UnsafePointer, a write to a compiled package's unexported
// field, such as a grader's limits). unsafeUses refuses the rest.
func reflectSymbols(base map[string]reflect.Value) map[string]reflect.Value {
	out := make(map[string]reflect.Value, len(base))
	for k, v := range base {
		if k != "NewAt" && k != "SliceAt" {
			out[k] = v
		}
	}
	return out
}

// unsafeUses finds, in a checked cell of a restricted session, every
// expression of type unsafe.Pointer (reflect.Value's UnsafePointer and
// UnsafeAddr, whose result converts to any pointer type without importing
// unsafe) and every use of the methods that take or give one, as errors
// of the cell.
func unsafeUses(r *typecheck.Result) []typecheck.Error {
	var errs []typecheck.Error
	add := func(pos token.Pos, what string) {
		p := r.Fset.Position(pos)
		errs = append(errs, typecheck.Error{Line: p.Line, Col: p.Column,
			Msg: what + " is not available in a restricted session (it reaches memory by address)"})
	}
	ast.Inspect(r.File, func(n ast.Node) bool {
		switch e := n.(type) {
		case *ast.SelectorExpr:
			if sel, ok := r.Info.Selections[e]; ok && sel.Obj().Pkg() != nil && sel.Obj().Pkg().Path() == "reflect" {
				switch sel.Obj().Name() {
				case "UnsafePointer", "UnsafeAddr", "SetPointer":
					add(e.Sel.Pos(), "reflect.Value."+sel.Obj().Name())
					return false
				}
			}
		case ast.Expr:
			if t := r.Info.TypeOf(e); t != nil && types.Identical(t, types.Typ[types.UnsafePointer]) {
				add(e.Pos(), "a value of type unsafe.Pointer")
				return false
			}
		}
		return true
	})
	return errs
}

// guard0, guard1 and guard2 check the names and call f with them as the
// sandbox's root opens them.
func guard0(s sandbox, n string, f func(rel string) error) error {
	rel, err := s.rel(n)
	if err != nil {
		return err
	}
	return f(rel)
}

func guard1[T any](s sandbox, n string, f func(rel string) (T, error)) (T, error) {
	rel, err := s.rel(n)
	if err != nil {
		var zero T
		return zero, err
	}
	return f(rel)
}

func guard2(s sandbox, f func(a, b string) error, a, b string) error {
	relA, err := s.rel(a)
	if err != nil {
		return err
	}
	relB, err := s.rel(b)
	if err != nil {
		return err
	}
	return f(relA, relB)
}

// restrictedStdlib returns the standard library a restricted session may
// use: no network, no raw system calls, no ioutil (a second way to files),
// and the os package confined to dir.
func restrictedStdlib(syms interp.Exports, dir string) (interp.Exports, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("interp: sandbox directory: %w", err)
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	root, err := os.OpenRoot(abs)
	if err != nil {
		return nil, fmt.Errorf("interp: sandbox directory: %w", err)
	}
	sb := sandbox{dir: abs, root: root}
	out := interp.Exports{}
	for key, v := range syms {
		if isForbidden(key) {
			continue
		}
		switch key {
		case "os/os":
			v = sb.osSymbols(v)
		case "reflect/reflect":
			v = reflectSymbols(v)
		}
		out[key] = v
	}
	return out, nil
}

// forbidden lists what a restricted session cannot import: ways out of the
// process (exec, network, raw system calls, unsafe memory).
var forbidden = []string{"os/exec", "syscall", "unsafe", "net", "plugin", "io/ioutil", "os/signal", "runtime/debug"}

func isForbidden(key string) bool {
	path := key
	if i := strings.LastIndexByte(key, '/'); i >= 0 {
		path = key[:i]
	}
	for _, f := range forbidden {
		if path == f || strings.HasPrefix(path, f+"/") {
			return true
		}
	}
	return false
}
