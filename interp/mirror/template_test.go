package mirror

import (
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

// TestTemplateChecks runs a template that uses fields only, and stops one
// that calls a method or prints a field with a String method - which
// text/template would get wrong on yaegi's values - with an error naming
// them.
func TestTemplateChecks(t *testing.T) {
	for _, c := range []struct {
		src, want, panics string
	}{
		{src: "{{.Name}} {{.N}}", want: "ann 3"},
		{src: `{{define "x"}}{{.Shout}}{{end}}{{template "x" .}}`, panics: "the method Shout of mirror.Card"},
		{src: "{{.T}}", panics: "the field T of mirror.Card"},
	} {
		m := newMirror()
		x := Card{"ann", 1.5, 3}
		i := m.describe(reflect.TypeOf(x))
		tab := m.table()
		tmpl := template.Must(template.New("t").Parse(c.src))
		var out strings.Builder
		func() {
			defer func() {
				r := recover()
				switch {
				case r == nil && c.panics != "":
					t.Errorf("%q: got %q, want a panic about %q", c.src, out.String(), c.panics)
				case r != nil && (c.panics == "" || !strings.Contains(r.(error).Error(), c.panics)):
					t.Errorf("%q: got panic %v, want %q", c.src, r, c.panics)
				}
			}()
			raw := m.toRaw(reflect.ValueOf(x), m.rawType(reflect.TypeOf(x))).Interface()
			if err := tab.Execute(tmpl, &out, i, raw); err != nil {
				t.Errorf("%q: %v", c.src, err)
			}
		}()
		if c.panics == "" && out.String() != c.want {
			t.Errorf("%q: got %q, want %q", c.src, out.String(), c.want)
		}
	}
}
