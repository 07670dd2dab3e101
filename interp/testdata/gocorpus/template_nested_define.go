// Exercises: text/template define/template blocks, with, and whitespace trimming.
package main

import (
	"os"
	"text/template"
)

type Page struct {
	Title  string
	Author *Person
	Links  []Link
}

type Person struct{ Name string }
type Link struct{ Text, URL string }

const layout = `{{define "link"}}<a href="{{.URL}}">{{.Text}}</a>{{end -}}
== {{.Title}} ==
{{with .Author}}by {{.Name}}{{else}}anonymous{{end}}
{{- range .Links}}
* {{template "link" .}}
{{- end}}
`

func main() {
	t := template.Must(template.New("page").Parse(layout))
	t.Execute(os.Stdout, Page{"Home", &Person{"Rob"}, []Link{{"Go", "https://go.dev"}, {"Docs", "/doc"}}})
	t.Execute(os.Stdout, Page{Title: "Empty"})
}
