// go run: 6
// gobackprop: panic: text/template cannot use the method Total of main.Line: the interpreter
// gives templates values of a cell's types without their methods (clear error, documented refusal)
package main

import (
	"os"
	"text/template"
)

type Line struct{ Qty, Price int }

func (l Line) Total() int { return l.Qty * l.Price }

func main() {
	template.Must(template.New("t").Parse("{{.Total}}\n")).Execute(os.Stdout, Line{2, 3})
}
