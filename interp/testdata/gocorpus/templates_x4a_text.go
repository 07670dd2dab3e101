// Exercises: text/template: fields, struct and map data, if/else, range with else, pipelines with built-in functions, a FuncMap, template.Must.
package main

import (
	"os"
	"strings"
	"text/template"
)

type Order struct {
	Customer string
	Items    []string
	Total    float64
	Paid     bool
}

func main() {
	t1 := template.New("t1")
	t1, err := t1.Parse("Value is {{.}}\n")
	if err != nil {
		panic(err)
	}
	t1.Execute(os.Stdout, "some text")
	t1.Execute(os.Stdout, 5)
	t1.Execute(os.Stdout, []string{"Go", "Rust", "C++"})
	Create := func(name, t string) *template.Template {
		return template.Must(template.New(name).Parse(t))
	}
	t2 := Create("t2", "Name: {{.Name}}\n")
	t2.Execute(os.Stdout, struct{ Name string }{"Jane Doe"})
	t2.Execute(os.Stdout, map[string]string{"Name": "Mickey Mouse"})
	t3 := Create("t3", "{{if . -}} yes {{else -}} no {{end}}\n")
	t3.Execute(os.Stdout, "not empty")
	t3.Execute(os.Stdout, "")
	t4 := Create("t4", "Range: {{range .}}{{.}} {{else}}none{{end}}\n")
	t4.Execute(os.Stdout, []string{"Go", "Rust"})
	t4.Execute(os.Stdout, []string{})
	funcs := template.FuncMap{"upper": strings.ToUpper}
	t5 := template.Must(template.New("t5").Funcs(funcs).Parse(
		`{{.Customer | upper}} ordered {{len .Items}} items:{{range $i, $it := .Items}} {{$i}}={{$it}}{{end}}
total {{printf "%.2f" .Total}} {{if .Paid}}paid{{else}}due{{end}}
`))
	err = t5.Execute(os.Stdout, Order{"ann", []string{"pen", "ink"}, 12.5, false})
	if err != nil {
		panic(err)
	}
}
