package main

import (
	"os"
	"text/template"
)

type Issue struct{ Title string }

func (i Issue) Short() string { return i.Title[:3] }

func main() {
	t := template.Must(template.New("x").Parse("{{.Short}}\n"))
	t.Execute(os.Stdout, Issue{"first"})
}
