package main

import (
	"os"
	"text/template"
)

type Item struct{ P, Q float64 }

func (i Item) Total() float64 { return i.P * i.Q }

func main() {
	// go: 6
	// gobackprop: [cell 0] ERROR panic(*errors.errorString): text/template cannot use the method Total of main.Item: the interpreter gives templates values of a cell's types with
	template.Must(template.New("t").Parse("{{.Total}}\n")).Execute(os.Stdout, Item{2, 3})
}
