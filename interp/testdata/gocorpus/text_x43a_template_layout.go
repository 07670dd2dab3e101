package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

const base = `{{define "header"}}=== {{block "title" .}}Untitled{{end}} ==={{end -}}
{{template "header" .}}
{{block "body" .}}(empty){{end}}
{{block "footer" .}}-- generated for {{.User}} --{{end}}
`

type Page struct {
	User  string
	Items []string
	Count map[string]int
}

func main() {
	layout := template.Must(template.New("base").Parse(base))

	list, err := template.Must(layout.Clone()).Parse(`{{define "title"}}Shopping list{{end}}
{{- define "body"}}{{range $i, $e := .Items}}{{if $i}}, {{end}}{{$e}}{{end}}{{end}}`)
	if err != nil {
		panic(err)
	}
	stats := template.Must(template.Must(layout.Clone()).Parse(`{{define "title"}}Stats for {{.User | printf "%q"}}{{end}}
{{- define "body"}}{{range $k, $v := .Count}}{{printf "%-6s%3d" $k $v}}
{{end}}{{end}}
{{- define "footer"}}{{len .Count}} keys{{end}}`))

	p := Page{User: "ana", Items: []string{"milk", "eggs", "bread"}, Count: map[string]int{"milk": 2, "eggs": 12, "bread": 1}}
	for _, t := range []*template.Template{layout, list, stats} {
		if err := t.Execute(os.Stdout, p); err != nil {
			fmt.Println("err:", err)
		}
		fmt.Println("~~~")
	}
	fmt.Println(layout.Lookup("title") != nil, list.Lookup("nope") == nil, stats.Name())

	var sb strings.Builder
	err = list.ExecuteTemplate(&sb, "title", nil)
	fmt.Printf("%q %v\n", sb.String(), err)
	err = list.ExecuteTemplate(&sb, "missing", nil)
	fmt.Println(err)
	_, err = layout.Clone()
	fmt.Println("clone after exec:", err)
	vars := template.Must(template.New("v").Parse(`{{$x := 1}}{{range .}}{{$x = .}}{{end}}last={{$x}} {{with $y := "w"}}{{$y}}{{end}}`))
	vars.Execute(os.Stdout, []int{3, 5, 8})
	fmt.Println()
}
