package lower

import (
	"go/ast"
	"reflect"
	"strings"
	"testing"

	"github.com/traefik/yaegi/stdlib"

	"github.com/gobackprop/gobackprop/interp/typecheck"
)

// TestReflectNameLikeReflect checks the names the stand-ins print for %T
// and %#v against reflect's, the oracle, for the same types compiled.
func TestReflectNameLikeReflect(t *testing.T) {
	compiled := []any{
		struct {
			A int
			B string `json:"b"`
		}{},
		struct{}{},
		map[string][]*int{},
		[3]byte{},
		(func(int, ...string) (bool, error))(nil),
		(func())(nil),
		(chan<- int)(nil),
		(<-chan rune)(nil),
		(*interface{ M(int) string })(nil),
		(*any)(nil),
		[]error{},
		struct{ error }{},
	}
	exprs := []string{
		"struct { A int; B string `json:\"b\"` }{}",
		"struct{}{}",
		"map[string][]*int{}",
		"[3]byte{}",
		"(func(int, ...string) (bool, error))(nil)",
		"(func())(nil)",
		"(chan<- int)(nil)",
		"(<-chan rune)(nil)",
		"(*interface{ M(int) string })(nil)",
		"(*any)(nil)",
		"[]error{}",
		"struct{ error }{}",
	}
	var src strings.Builder
	src.WriteString("package main\nfunc main() {\n")
	for _, e := range exprs {
		src.WriteString("\t_ = " + e + "\n")
	}
	src.WriteString("}\n")
	r := check(t, src.String())
	i := 0
	ast.Inspect(r.File, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok {
			return true
		}
		got := reflectName(r.Info.Types[as.Rhs[0]].Type)
		if want := reflect.TypeOf(compiled[i]).String(); got != want {
			t.Errorf("reflectName(%s) = %q, want %q", exprs[i], got, want)
		}
		i++
		return false
	})
	if i != len(exprs) {
		t.Fatalf("checked %d of %d expressions", i, len(exprs))
	}
}

func check(t testing.TB, src string) *typecheck.Result {
	t.Helper()
	s := typecheck.NewSession(typecheck.NewImporter(stdlib.Symbols), map[string]string{"fmt": "fmt"})
	r, err := s.Check(typecheck.Cell{Program: src})
	if err != nil || len(r.Errors) > 0 {
		t.Fatalf("check: %v %v", err, r.Errors)
	}
	return r
}

// TestValuesLeaveOtherCallsAlone checks that a cell passing no value of
// its types to compiled code is not changed.
func TestValuesLeaveOtherCallsAlone(t *testing.T) {
	src := `package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type P struct{ X int }

func main() {
	p := P{1}
	fmt.Println(1, "a", []int{2}, p.X)
	fmt.Printf("%d %s %v\n", 1, "s", map[string]int{})
	b, _ := json.Marshal(map[string]int{"a": 1})
	fmt.Println(string(b), errors.New("e"))
}
`
	r := check(t, src)
	out, err := Cell(Input{Src: src, Fset: r.Fset, File: r.File, Info: r.Info, Pkg: r.Pkg, Body: r.Body})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.Src, "_gbp.") {
		t.Errorf("got lowered values in\n%s", out.Src)
	}
}

// typicalCell prints and encodes values of its types, as a notebook cell
// does.
const typicalCell = `package main

import (
	"encoding/json"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f C", float64(t)) }

type Reading struct {
	City string ` + "`json:\"city\"`" + `
	T    Temp   ` + "`json:\"t\"`" + `
	when int
}

type Shape interface{ Area() float64 }

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

func main() {
	rs := []Reading{{"Lima", 18, 1}, {"Oslo", -3, 2}}
	for i, r := range rs {
		fmt.Printf("%d: %v %+v\n", i, r, r.T)
	}
	var s Shape = Square{2}
	fmt.Println(rs, s, len(rs))
	b, err := json.Marshal(rs)
	fmt.Println(string(b), err)
}
`

func BenchmarkLowerValues(b *testing.B) {
	r := check(b, typicalCell)
	in := Input{Src: typicalCell, Fset: r.Fset, File: r.File, Info: r.Info, Pkg: r.Pkg, Body: r.Body}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Cell(in); err != nil {
			b.Fatal(err)
		}
	}
}
