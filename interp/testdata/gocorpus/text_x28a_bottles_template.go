package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

const song = `{{range .}}{{bottles . | title}} of beer on the wall, {{bottles .}} of beer.
{{if gt . 0}}Take one down and pass it around, {{bottles (dec .)}} of beer on the wall.
{{else}}Go to the store and buy some more, {{bottles 99}} of beer on the wall.
{{end}}{{end}}`

type Task struct {
	Name     string
	Solved   int
	Total    int
	Langs    []string
	Featured bool
}

func (t Task) Percent() float64 { return 100 * float64(t.Solved) / float64(t.Total) }

const report = `{{define "row"}}{{printf "%-16s" .Name}} {{printf "%5.1f%%" .Percent}}{{if .Featured}} *{{end}}{{end -}}
Tasks ({{len .}}):
{{range $i, $t := .}}{{$i}}. {{template "row" $t}}
   langs: {{join $t.Langs ", "}}{{with $t.Langs}} (first {{index . 0}}){{else}} none{{end}}
{{end}}`

func main() {
	funcs := template.FuncMap{
		"bottles": func(n int) string {
			switch n {
			case 0:
				return "no more bottles"
			case 1:
				return "1 bottle"
			}
			return fmt.Sprintf("%d bottles", n)
		},
		"title": func(s string) string { return strings.ToUpper(s[:1]) + s[1:] },
		"dec":   func(n int) int { return n - 1 },
		"join":  strings.Join,
	}
	t := template.Must(template.New("song").Funcs(funcs).Parse(song))
	if err := t.Execute(os.Stdout, []int{3, 2, 1, 0}); err != nil {
		fmt.Println("error:", err)
	}

	r := template.Must(template.New("report").Funcs(funcs).Parse(report))
	tasks := []Task{
		{"100 doors", 280, 300, []string{"Go", "C"}, true},
		{"Hanoi", 250, 300, []string{"Lisp"}, false},
		{"Obscure task", 3, 300, nil, false},
	}
	var sb strings.Builder
	if err := r.Execute(&sb, tasks); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Print(sb.String())

	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(&sb, tasks[0])
	fmt.Println("error:", err != nil)
	fmt.Println(strings.Contains(err.Error(), "Missing"))

	m := template.Must(template.New("m").Parse(`{{range $k, $v := .}}{{$k}}={{$v}};{{end}}` + "\n"))
	m.Execute(os.Stdout, map[string]int{"b": 2, "a": 1, "c": 3})
}
