// Exercises: text/template - values, fields of structs and maps, if/else, range with else, Must, FuncMap functions, pipelines, variables, execution errors
package main

import (
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Tags  []string
}

func run(name, text string, data any) {
	t := template.Must(template.New(name).Funcs(template.FuncMap{
		"upper": strings.ToUpper, "join": strings.Join,
		"add": func(a, b int) int { return a + b },
	}).Parse(text))
	if err := t.Execute(os.Stdout, data); err != nil {
		os.Stdout.WriteString("error: " + err.Error() + "\n")
	}
}

func main() {
	run("plain", "dot is {{.}}\n", 3.5)
	run("slice", "{{.}} has {{len .}} elements, second {{index . 1}}\n", []string{"x", "y", "z"})
	run("struct", "{{.Name}} costs {{printf \"%.2f\" .Price}}\n", Item{Name: "tea", Price: 2})
	run("map", "{{.lang}} by {{.author}}\n", map[string]string{"lang": "Go", "author": "team"})
	run("cond", "{{if gt .Price 3.0}}pricey{{else if eq .Price 0.0}}free{{else}}cheap{{end}} {{.Name}}\n", Item{Name: "cake", Price: 4})
	run("trim", "a  {{- \" b \" -}}  c\n", nil)
	items := []Item{{"pen", 1.5, []string{"office", "blue"}}, {"mug", 6, nil}}
	run("range", `{{range $i, $it := .}}{{add $i 1}}. {{$it.Name | upper}}{{with $it.Tags}} [{{join . ", "}}]{{end}}
{{else}}(no items)
{{end}}`, items)
	run("empty", "{{range .}}{{.}}{{else}}(no items){{end}}\n", []int{})
	run("vars", "{{$total := 0.0}}{{range .}}{{$total = .Price}}{{end}}last price {{$total}}\n", items)
	run("missing", "{{.Missing}}\n", Item{})
	_, err := template.New("bad").Parse("{{.Name")
	os.Stdout.WriteString("parse error: " + err.Error() + "\n")
}
