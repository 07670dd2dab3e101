package main

import (
	"os"
	"text/template"
)

type Level int

func (l Level) String() string { return [...]string{"low", "high"}[l] }

func main() {
	t := template.Must(template.New("m").Parse("{{range $k, $v := .}}{{$k}}={{$v}};{{end}}\n{{index . \"b\"}}\n"))
	t.Execute(os.Stdout, map[string]Level{"a": 0, "b": 1})
	t2 := template.Must(template.New("s").Parse("{{.}} {{index . 0}}\n"))
	t2.Execute(os.Stdout, []Level{1, 0})
	var data any = []any{Level(1)}
	t2.Execute(os.Stdout, data)
}
