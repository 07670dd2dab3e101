package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Level int

func (l Level) String() string { return [...]string{"low", "high"}[l] }

type Row struct {
	Name string
	L    Level
	Ls   []Level
	Any  any
}

func main() {
	t := template.Must(template.New("x").Parse("{{.Name}} {{.L}} {{.Ls}} {{.Any}} {{range .Ls}}[{{.}}]{{end}} {{printf \"%v|%d\" .L .L}}\n"))
	err := t.Execute(os.Stdout, Row{"r", 1, []Level{0, 1}, Level(1)})
	fmt.Println(err)
	var sb strings.Builder
	template.Must(template.New("m").Parse(`{{range $k, $v := .}}{{$k}}={{$v}};{{end}}`)).Execute(&sb, map[string]Level{"a": 0, "b": 1})
	fmt.Println(sb.String())
}
