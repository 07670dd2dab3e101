package typecheck

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/gobackprop/gobackprop/interp/symbols"
	"github.com/traefik/yaegi/stdlib"
)

// check type-checks one file of package main and returns its errors.
func checkFile(imp types.Importer, src string) []error {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "cell.go", src, 0)
	if err != nil {
		return []error{err}
	}
	var errs []error
	conf := types.Config{Importer: imp, Error: func(err error) { errs = append(errs, err) }}
	conf.Check("main", fset, []*ast.File{f}, nil)
	return errs
}

func errorMessages(errs []error) []string {
	out := make([]string, len(errs))
	for i, err := range errs {
		msg := err.Error()
		if te, ok := err.(types.Error); ok {
			msg = te.Msg
		}
		out[i] = msg
	}
	return out
}

func TestPrograms(t *testing.T) {
	im := NewImporter(stdlib.Symbols, symbols.Symbols)
	tests := []struct{ name, src string }{
		{"builder", `package main
import ("fmt"; "os"; "strings")
func main() { var b strings.Builder; b.WriteString("x"); fmt.Fprintln(os.Stdout, b.String()) }`},
		{"writer", `package main
import ("fmt"; "io"; "os")
func main() { var w io.Writer = os.Stdout; fmt.Fprintf(w, "%d\n", 3); _, _ = io.WriteString(w, "x") }`},
		{"sort", `package main
import "sort"
func main() { s := []int{3, 1}; sort.Sort(sort.Reverse(sort.IntSlice(s))); sort.Ints(s); sort.Slice(s, func(i, j int) bool { return s[i] < s[j] }) }`},
		{"time", `package main
import ("fmt"; "time")
func main() {
	d := time.Duration(3) * time.Second
	t0 := time.Now()
	fmt.Println(d.Seconds(), time.Since(t0) < time.Minute, t0.Format(time.RFC3339), t0.Add(d).Unix())
	var ms int64 = d.Milliseconds()
	_ = ms
}`},
		{"math constants", `package main
import "math"
func main() { var x int64 = math.MaxInt64; var u uint64 = math.MaxUint64; var f float32 = math.Pi; _, _, _ = x, u, f; _ = math.Sqrt(2) * math.Inf(1) }`},
		{"errors", `package main
import ("errors"; "fmt"; "io/fs"; "os")
func main() {
	_, err := os.Open("x")
	var pe *os.PathError
	if errors.As(err, &pe) { fmt.Println(pe.Path, pe.Op, pe.Err) }
	var fe *fs.PathError = pe
	_ = fe
	wrapped := fmt.Errorf("open: %w", err)
	fmt.Println(errors.Is(wrapped, os.ErrNotExist), errors.Unwrap(wrapped) == err, errors.New("x"))
}`},
		{"sync", `package main
import "sync"
func main() {
	var mu sync.Mutex; mu.Lock(); defer mu.Unlock()
	var l sync.Locker = &mu; _ = l
	var wg sync.WaitGroup; wg.Add(1); go func() { defer wg.Done() }(); wg.Wait()
	var once sync.Once; once.Do(func() {})
}`},
		{"gonum mat", `package main
import ("fmt"; "gonum.org/v1/gonum/mat")
func main() {
	a := mat.NewDense(2, 2, nil)
	x := a.At(0, 0)
	var m mat.Matrix = a
	r, c := m.Dims()
	var b mat.Dense
	b.Mul(a, a.T())
	fmt.Println(x, r, c, mat.Formatted(&b))
}`},
		{"bufio and strconv", `package main
import ("bufio"; "fmt"; "strconv"; "strings")
func main() {
	sc := bufio.NewScanner(strings.NewReader("1\n2"))
	sum := 0
	for sc.Scan() { n, err := strconv.Atoi(sc.Text()); if err != nil { panic(err) }; sum += n }
	fmt.Println(strconv.Itoa(sum), strings.Fields(" a b "), strings.Split("a,b", ","))
}`},
		{"json", `package main
import ("encoding/json"; "fmt")
type point struct { X, Y int ` + "`json:\"x\"`" + ` }
func main() {
	data, err := json.Marshal(point{1, 2})
	var p point
	err = json.Unmarshal(data, &p)
	var raw json.RawMessage = data
	fmt.Println(string(raw), err, p)
}`},
		{"generic source packages", `package main
import ("cmp"; "fmt"; "maps"; "slices")
func main() {
	s := []int{3, 1, 2}
	m := maps.Clone(map[string]int{"a": 1})
	slices.Reverse(s)
	fmt.Println(slices.Index(s, 1), slices.Contains(s, 2), cmp.Compare(1, 2), slices.Equal(s, s), len(m))
}`},
		{"math/rand/v2", `package main
import ("fmt"; "math/rand/v2")
func main() { fmt.Println(rand.IntN(10), rand.Float64()) }`},
		{"methods and interfaces", `package main
import ("fmt"; "context"; "time")
type T struct{ n int }
func (t T) String() string { return fmt.Sprint(t.n) }
var _ fmt.Stringer = T{}
func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	select { case <-ctx.Done(): fmt.Println(ctx.Err()); default: }
}`},
		{"unexported interface methods", `package main
import ("go/ast"; "testing")
func tb(tb testing.TB) {}
func main() {
	var e ast.Expr = &ast.Ident{Name: "x"}
	var n ast.Node = e
	_ = n
	tb(&testing.T{})
}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if errs := checkFile(im, tt.src); len(errs) > 0 {
				t.Errorf("got errors %q, want none", errorMessages(errs))
			}
		})
	}
}

// quotedPath matches a package path go/types quoted, keeping its name.
var quotedPath = regexp.MustCompile(`"(?:[^"]*/)?(\w+)"\.`)

// TestUnexportedMethodsOrder checks that types get the unexported methods
// of their package's interfaces whichever is converted first.
func TestUnexportedMethodsOrder(t *testing.T) {
	src := `package main
import ("go/ast"; "go/parser"; "testing")
func main() {
	e, _ := parser.ParseExpr("x")
	var s ast.Stmt = &ast.ExprStmt{X: e}
	var tb testing.TB = &testing.B{}
	_, _ = s, tb
}`
	for _, first := range [][]string{nil, {"go/parser", "testing"}, {"go/ast"}, {"go/token", "go/ast", "go/parser"}} {
		t.Run(fmt.Sprint(first), func(t *testing.T) {
			im := NewImporter(stdlib.Symbols)
			for _, p := range first {
				if _, err := im.Import(p); err != nil {
					t.Fatal(err)
				}
			}
			if errs := checkFile(im, src); len(errs) > 0 {
				t.Errorf("got errors %q, want none", errorMessages(errs))
			}
		})
	}
}

func TestErrors(t *testing.T) {
	im := NewImporter(stdlib.Symbols, symbols.Symbols)
	ref := newToolchainImporter()
	tests := []struct {
		name, body, want string
		yaegiOnly        bool // the real package has what yaegi lacks
	}{
		{name: "undefined member", body: `strings.Foo("x")`, want: "undefined: strings.Foo"},
		{name: "wrong argument", body: `x := 1; strings.ToUpper(x)`,
			want: "cannot use x (variable of type int) as string value in argument to strings.ToUpper"},
		{name: "method of another type", body: `var b strings.Builder; b.Lock()`,
			want: "b.Lock undefined (type strings.Builder has no field or method Lock)"},
		{name: "pointer receiver", body: `var mu sync.Mutex; var l sync.Locker = mu; _ = l`,
			want: "cannot use mu (variable of struct type sync.Mutex) as sync.Locker value in variable declaration: sync.Mutex does not implement sync.Locker (method Lock has pointer receiver)"},
		{name: "typed constant", body: `var n int = time.Second; _ = n`,
			want: "cannot use time.Second (constant 1000000000 of int64 type time.Duration) as int value in variable declaration"},
		{name: "generic function yaegi lacks", body: `s := []int{2, 1}; slices.Sort(s)`, want: "undefined: slices.Sort", yaegiOnly: true},
		{name: "too many arguments", body: `n := strings.Index("a", "b", "c"); _ = n`,
			want: "too many arguments in call to strings.Index\n\thave (string, string, string)\n\twant (string, string)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := `package main
import ("slices"; "strings"; "sync"; "time")
var _ = slices.Index[[]int]
var _ = strings.ToUpper
var _ sync.Mutex
var _ time.Duration
func main() { ` + tt.body + ` }`
			got := errorMessages(checkFile(im, src))
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("got %q, want [%q]", got, tt.want)
			}
			if tt.yaegiOnly {
				return
			}
			// The same wording as with the real packages, except that
			// go/types writes "sync".Mutex when two packages it was told
			// of share a name (sync and internal/sync, which export data
			// lists as imported); reflect lists no imports.
			real := errorMessages(checkFile(ref, src))
			for i := range real {
				real[i] = quotedPath.ReplaceAllString(real[i], "$1.")
			}
			if len(real) != 1 || real[0] != tt.want {
				t.Errorf("got %q with the toolchain's packages, want [%q]", real, tt.want)
			}
		})
	}
}

func TestNotAvailable(t *testing.T) {
	// A restricted session's tables: no network.
	restricted := Tables{}
	for key, syms := range stdlib.Symbols {
		if !strings.HasPrefix(key, "net/") {
			restricted[key] = syms
		}
	}
	im := NewImporter(restricted)
	tests := []struct{ path, want string }{
		{"net/http", "package net/http is not available in gobackprop"},
		{"gonum.org/v1/gonum/mat", "package gonum.org/v1/gonum/mat is not available in gobackprop"},
		{"example.com/nothing", "package example.com/nothing is not available in gobackprop"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			_, err := im.Import(tt.path)
			if err == nil || err.Error() != tt.want || !errors.Is(err, ErrNotAvailable) {
				t.Errorf("got %v, want %q wrapping ErrNotAvailable", err, tt.want)
			}
		})
	}
	got := errorMessages(checkFile(im, "package main\nimport \"net/http\"\nvar _ = http.Get\n"))
	want := "could not import net/http (package net/http is not available in gobackprop)"
	if len(got) == 0 || got[0] != want {
		t.Errorf("got %q, want first error %q", got, want)
	}
	if _, err := im.Import("fmt"); err != nil {
		t.Errorf("got %v importing fmt, want no error", err)
	}
}

func TestAddSource(t *testing.T) {
	im := NewImporter(stdlib.Symbols)
	// The same path as a table package: the source adds Twice and
	// replaces Itoa; the table's other members stay.
	err := im.AddSource("strconv", map[string]string{"extra.go": `package strconv
import "fmt"
func Twice[T any](x T) []T { return []T{x, x} }
func Itoa(n int) string { return fmt.Sprint("#", n) }
`})
	if err != nil {
		t.Fatal(err)
	}
	if err := im.AddSource("example.com/stats", map[string]string{
		"a.go": "package stats\nimport \"slices\"\nfunc Has(s []float64, x float64) bool { return slices.Contains(s, x) }\n",
		"b.go": "package stats\nfunc Mean(s []float64) float64 { return Sum(s) / float64(len(s)) }\nfunc Sum(s []float64) (t float64) { for _, x := range s { t += x }; return }\n",
	}); err != nil {
		t.Fatal(err)
	}
	src := `package main
import ("fmt"; "strconv"; "example.com/stats")
func main() {
	n, _ := strconv.Atoi("3")
	fmt.Println(strconv.Twice(n), strconv.Itoa(n), stats.Mean([]float64{1, 2}), stats.Has(nil, 1))
}`
	if errs := checkFile(im, src); len(errs) > 0 {
		t.Errorf("got errors %q, want none", errorMessages(errs))
	}
	tests := []struct {
		files map[string]string
		want  string
	}{
		{map[string]string{"a.go": "package bad\nfunc F() int { return \"x\" }\n"},
			`typecheck: source package example.com/bad: example.com/bad/a.go:2:23: cannot use "x" (untyped string constant) as int value in return statement`},
		{map[string]string{"a.go": "package bad\nimport \"net/nope\"\nvar _ = nope.X\n"},
			"typecheck: source package example.com/bad: example.com/bad/a.go:2:8: could not import net/nope (package net/nope is not available in gobackprop)"},
	}
	for i, tt := range tests {
		t.Run(fmt.Sprint("broken ", i), func(t *testing.T) {
			if err := im.AddSource("example.com/bad", tt.files); err != nil {
				t.Fatal(err)
			}
			if _, err := im.Import("example.com/bad"); err == nil || err.Error() != tt.want {
				t.Errorf("got %v, want %q", err, tt.want)
			}
		})
	}
	if err := im.AddSource("strconv", map[string]string{"x.go": "package strconv\n"}); err == nil {
		t.Errorf("got no error replacing an imported package, want one")
	}
}

// TestAllPackages imports every package of the tables and reports the time
// and the members that could not be converted faithfully.
func TestAllPackages(t *testing.T) {
	for _, tc := range []struct {
		name   string
		tables []Tables
	}{{"stdlib", []Tables{stdlib.Symbols}}, {"stdlib+project", []Tables{stdlib.Symbols, symbols.Symbols}}} {
		t.Run(tc.name, func(t *testing.T) {
			im := NewImporter(tc.tables...)
			start := time.Now()
			if _, err := im.Import("fmt"); err != nil {
				t.Fatal(err)
			}
			fmtTime := time.Since(start)
			var paths []string
			for p := range im.members {
				paths = append(paths, p)
			}
			sort.Strings(paths)
			for _, p := range paths {
				if _, err := im.Import(p); err != nil {
					t.Errorf("got %v importing %s, want no error", err, p)
				}
			}
			for _, p := range []string{"cmp", "maps", "slices"} {
				if pkg, err := im.Import(p); err != nil || pkg.Scope().Len() == 0 {
					t.Errorf("got %v importing %s, want its generic functions", err, p)
				}
			}
			t.Logf("first import of fmt: %v; all %d packages: %v; packages made: %d; problems: %q",
				fmtTime, len(paths), time.Since(start), len(im.pkgs), im.problems)
		})
	}
}

func BenchmarkImportFmt(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewImporter(stdlib.Symbols, symbols.Symbols).Import("fmt"); err != nil {
			b.Fatal(err)
		}
	}
}

// An instance of a source package's generic type in a compiled signature
// (strings.Lines' iter.Seq[string]) is that type's instance, so a generic
// function taking an iter.Seq[V] infers V from it.
func TestCompiledInstanceOfSourceGeneric(t *testing.T) {
	im := NewImporter(stdlib.Symbols, symbols.Symbols)
	if err := im.AddSource("iter", map[string]string{"iter.go": `package iter
type Seq[V any] func(yield func(V) bool)
type Seq2[K, V any] func(yield func(K, V) bool)
`}); err != nil {
		t.Fatal(err)
	}
	src := `package main
import ("fmt"; "iter"; "strings")
func Count[V any](seq iter.Seq[V]) (n int) { for range seq { n++ }; return }
func main() {
	var s iter.Seq[string] = strings.SplitSeq("a,b", ",")
	fmt.Println(Count(strings.Lines("a\nb\n")), Count(s))
}`
	if errs := checkFile(im, src); len(errs) > 0 {
		t.Errorf("got errors %q, want none", errorMessages(errs))
	}
	pkg, err := im.Import("strings")
	if err != nil {
		t.Fatal(err)
	}
	res := pkg.Scope().Lookup("Lines").Type().(*types.Signature).Results().At(0).Type()
	if n, ok := res.(*types.Named); !ok || n.Origin().Obj().Pkg().Path() != "iter" || n.Origin() == n {
		t.Errorf("strings.Lines returns %v, want an instance of the source iter.Seq", res)
	}
}
