// CLEAR ERROR (both styles). From text_x15b_template_report.go.
// go run:     42
// gobackprop: panic: text/template cannot use the method Double of main.Line: the interpreter gives
//
//	templates values of a cell's types without their methods; ...
package main

import (
	"os"
	"text/template"
)

type Line struct{ Qty int }

func (l Line) Double() int { return 2 * l.Qty }

func main() {
	t := template.Must(template.New("t").Parse("{{.Double}}\n"))
	if err := t.Execute(os.Stdout, Line{21}); err != nil {
		panic(err)
	}
}
