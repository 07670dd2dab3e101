// text/template calling a method of a program-defined type ({{.Total}}).
// Source: text_x15a_template.go (Invoice.Sum, Line.Total).
//
// go run:      total=6
// gobackprop:  (both styles) panic(*errors.errorString): text/template cannot use the method Total
//
//	of main.Line: the interpreter gives templates values of a cell's types without their
//	methods; compute what the template shows into fields or a map before executing it
package main

import (
	"os"
	"text/template"
)

type Line struct{ Qty, Price int }

func (l Line) Total() int { return l.Qty * l.Price }

func main() {
	t := template.Must(template.New("t").Parse("total={{.Total}}\n"))
	t.Execute(os.Stdout, Line{2, 3})
}
