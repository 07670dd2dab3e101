package main

import (
	"os"
	"text/template"
)

type Level int

func (l Level) String() string { return "L" }

func main() {
	// go: [L L]; gobackprop: [1 0] (a struct field of type Level gets a clear error instead)
	template.Must(template.New("s").Parse("{{.}}\n")).Execute(os.Stdout, []Level{1, 0})
}
