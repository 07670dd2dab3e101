// SILENT (both styles). From text_x15b_template_nested.go ({{index . 0 | printf "%T"}} on []Dept).
// go run:     main.T {A:1}
//
//	main.E {Name:a Boss:<nil>}
//
// gobackprop: struct { A int } {A:1}
//
//	struct { Name string; Boss *unsafe2.dummy } {Name:a Boss:<nil>}
//
// A template's printf "%T" of a cell-declared type shows the interpreter's structural type
// (and, for a recursive type, an internal placeholder unsafe2.dummy) instead of main.T.
package main

import (
	"os"
	"text/template"
)

type T struct{ A int }

type E struct {
	Name string
	Boss *E
}

func main() {
	t := template.Must(template.New("t").Parse("{{printf \"%T %+v\" . .}}\n"))
	t.Execute(os.Stdout, T{1})
	t.Execute(os.Stdout, E{Name: "a"})
}
