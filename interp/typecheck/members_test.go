package typecheck

import (
	"go/types"
	"reflect"
	"strings"
	"testing"

	"github.com/traefik/yaegi/stdlib"
)

func TestMemberKinds(t *testing.T) {
	im := NewImporter(stdlib.Symbols)
	tests := []struct{ path, name, want string }{
		{"os", "Args", "var os.Args []string"},
		{"fmt", "Println", "func fmt.Println(...any) (int, error)"},
		{"fmt", "Stringer", "type fmt.Stringer interface{String() string}"},
		{"os", "FileInfo", "type os.FileInfo = io/fs.FileInfo"},
		{"time", "Second", "const time.Second time.Duration = 1000000000"},
		{"math", "MaxInt64", "const math.MaxInt64 untyped int = 9223372036854775807"},
		{"math", "Pi", "const math.Pi untyped float = 3.14159"},
		{"time", "RFC3339", `const time.RFC3339 untyped string = "2006-01-02T15:04:05Z07:00"`},
		{"math/rand/v2", "IntN", "func math/rand/v2.IntN(int) int"},
		{"io", "Writer", "type io.Writer interface{Write([]byte) (int, error)}"},
		{"sync/atomic", "Int64", "type sync/atomic.Int64 struct{_ sync/atomic.noCopy; _ sync/atomic.align64; v int64}"},
	}
	for _, tt := range tests {
		t.Run(tt.path+"."+tt.name, func(t *testing.T) {
			pkg, err := im.Import(tt.path)
			if err != nil {
				t.Fatal(err)
			}
			obj := pkg.Scope().Lookup(tt.name)
			got := types.ObjectString(obj, nil)
			if c, ok := obj.(*types.Const); ok {
				got += " = " + c.Val().String()
			}
			if got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
	if pkg, _ := im.Import("math/rand/v2"); pkg.Name() != "rand" {
		t.Errorf("got package name %s for math/rand/v2, want rand", pkg.Name())
	}
	// Types of packages that cannot be imported still belong to one
	// package object per path.
	f := im.conv.typeOf(reflect.TypeFor[*strings.Builder]())
	if got := types.TypeString(f, nil); got != "*strings.Builder" {
		t.Errorf("got %s, want *strings.Builder", got)
	}
}

func TestNamedFuncMember(t *testing.T) {
	type handler func(int) string
	im := NewImporter(Tables{"example.com/h/h": {
		"Default": reflect.ValueOf(handler(func(int) string { return "" })),
		"Handler": reflect.ValueOf((*handler)(nil)),
	}})
	pkg, err := im.Import("example.com/h")
	if err != nil {
		t.Fatal(err)
	}
	want := "var example.com/h.Default github.com/gobackprop/gobackprop/interp/typecheck.handler"
	if got := types.ObjectString(pkg.Scope().Lookup("Default"), nil); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
