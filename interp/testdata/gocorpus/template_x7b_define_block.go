// Exercises: text/template define/template/block, nested templates with a dot argument, range over a map (sorted keys), variables, and/or/not, eq with several args.
package main

import (
	"fmt"
	"os"
	"text/template"
)

const base = `{{define "item"}}- {{.}}{{end}}
{{- define "list"}}{{range .}}{{template "item" .}}
{{end}}{{end -}}
{{block "header" .Title}}== {{.}} =={{end}}
{{template "list" .Tags}}{{range $k, $v := .Scores}}{{$k}}: {{if ge $v 90}}A{{else if ge $v 75}}B{{else}}C{{end}}
{{end}}{{$n := len .Tags}}{{if and (gt $n 1) (not .Draft)}}published with {{$n}} tags{{end}}
{{if or .Draft (eq .Title "x" "Notes")}}flag{{end}}
`

func main() {
	t := template.Must(template.New("base").Parse(base))
	template.Must(t.New("header").Parse(`## {{.}} ##`))
	data := map[string]any{
		"Title":  "Notes",
		"Tags":   []string{"go", "templates", "cli"},
		"Scores": map[string]int{"zed": 70, "amy": 95, "bob": 80},
		"Draft":  false,
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		panic(err)
	}
	err := template.Must(template.New("bad").Parse("{{.Missing.Field}}\n")).Execute(os.Stdout, map[string]any{})
	fmt.Println("err:", err)
	err = template.Must(template.New("bad").Option("missingkey=error").Parse("{{.Missing}}\n")).Execute(os.Stdout, map[string]any{})
	fmt.Println("err:", err)
}
