package mirror

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"text/template"
)

type Card struct {
	Name string
	T    Temp
	N    int
}

func (c Card) Shout() string { return strings.ToUpper(c.Name) }

func (c Card) Hello(p string, ns ...int) string { return fmt.Sprint(p, " ", c.Name, ns) }

func (c Card) Warm() Temp { return c.T + 20 }

func (c Card) Fail() (string, error) { return "", errors.New("no luck") }

func (c *Card) Ptr() string { return "ptr " + c.Name }

// TestTemplateMethods runs templates that call the methods of a "cell's"
// type, given as yaegi gives them (a struct without methods), against the
// same template on the compiled value: what they print and their errors
// are Go's. Printing a value of a type with a String method where only
// the field's type says so is refused, with an error naming it.
func TestTemplateMethods(t *testing.T) {
	for _, c := range []struct {
		src, panics string
	}{
		{src: "{{.Name}} {{.N}}"},
		{src: `{{define "x"}}{{.Shout}}{{end}}{{template "x" .}}`},
		{src: `{{.Shout | printf "%q"}} {{len .Shout}}`},
		{src: `{{.Hello "hi" 1 2}} {{.Hello "yo"}} {{7 | .Hello "a" 1}}`},
		{src: `{{.Warm}} {{printf "%v|%.2f" .Warm .Warm}} {{print .Warm}}`},
		{src: `{{$c := .}}{{$c.Warm}} {{$.Shout}}`},
		{src: `{{.Fail}}`},
		{src: `{{.Ptr}}`},
		{src: `{{.Nope}}`},
		{src: "{{.T}} {{printf `%v|%.1f` .T .T}} {{.T | printf `%6v`}}"},
		{src: "{{with .Warm}}{{.}}{{end}} {{with $w := .T}}{{$w}}{{end}}"},
		{src: "{{or .T .T}} {{and .T .Warm}} {{printf `%v` (or .T .T)}}"},
		{src: "{{with or .N .}}{{.T}}{{end}}", panics: "the field T of mirror.Card"},
		{src: `{{printf "%T" .}} {{printf "%T %v" .T .T}}`},
		{src: `{{. | printf "%#v"}}`},
		{src: `{{with or .N .}}{{printf "%T" .}}{{end}}`, panics: "printf with %T"},
		{src: `{{printf "%T" .N}}`},
	} {
		m := newMirror()
		x := Card{"ann", 1.5, 3}
		i := m.describe(reflect.TypeOf(x))
		tab := m.table()
		var want strings.Builder
		wantErr := template.Must(template.New("t").Parse(c.src)).Execute(&want, x)
		var got strings.Builder
		var gotErr error
		func() {
			defer func() {
				r := recover()
				switch {
				case r == nil && c.panics != "":
					t.Errorf("%q: got %q, want a panic about %q", c.src, got.String(), c.panics)
				case r != nil && (c.panics == "" || !strings.Contains(r.(error).Error(), c.panics)):
					t.Errorf("%q: got panic %v, want %q", c.src, r, c.panics)
				}
			}()
			raw := m.toRaw(reflect.ValueOf(x), m.rawType(reflect.TypeOf(x))).Interface()
			gotErr = tab.Execute(template.Must(template.New("t").Parse(c.src)), &got, i, raw)
		}()
		if c.panics != "" {
			continue
		}
		if got.String() != want.String() {
			t.Errorf("%q: got %q, want %q", c.src, got.String(), want.String())
		}
		if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
			t.Errorf("%q: got error %v, want %v", c.src, gotErr, wantErr)
		}
	}
}
