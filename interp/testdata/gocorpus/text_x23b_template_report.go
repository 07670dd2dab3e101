package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"
)

type Dept struct {
	Name    string
	Budget  int64
	Spent   map[string]int64
	Manager *Person
}

type Person struct{ First, Last string }

func (p Person) Full() string { return p.First + " " + p.Last }

func (d Dept) Total() int64 {
	var t int64
	for _, v := range d.Spent {
		t += v
	}
	return t
}

func (d Dept) Over() bool { return d.Total() > d.Budget }

const report = `{{define "money"}}{{printf "%d.%02d" (div . 100) (mod . 100)}}{{end -}}
{{define "dept" -}}
== {{.Name}} ==
Manager: {{with .Manager}}{{.Full}}{{else}}vacant{{end}}
{{range $cat, $amt := .Spent}}  {{$cat | printf "%-10s"}} {{template "money" $amt}}
{{end}}  total {{template "money" .Total}} of {{template "money" .Budget}}{{if .Over}} OVER BUDGET{{end}}
{{end -}}
Report for {{len .}} departments
{{range .}}{{template "dept" .}}{{end -}}
{{$first := index . 0}}First: {{$first.Name}}; joined: {{join (names .) ", "}}
`

func main() {
	depts := []Dept{
		{Name: "Eng", Budget: 500000, Spent: map[string]int64{"cloud": 320050, "laptops": 199999, "books": 4500}, Manager: &Person{"Ada", "L"}},
		{Name: "Sales", Budget: 200000, Spent: map[string]int64{"travel": 99999, "meals": 12001}},
		{Name: "HR", Budget: 1000, Spent: map[string]int64{}},
	}
	sort.Slice(depts, func(i, j int) bool { return depts[i].Name < depts[j].Name })
	fm := template.FuncMap{
		"div":  func(a, b int64) int64 { return a / b },
		"mod":  func(a, b int64) int64 { return a % b },
		"join": strings.Join,
		"names": func(ds []Dept) []string {
			var n []string
			for _, d := range ds {
				n = append(n, d.Name)
			}
			return n
		},
	}
	t := template.Must(template.New("r").Funcs(fm).Parse(report))
	if err := t.Execute(os.Stdout, depts); err != nil {
		fmt.Println("ERR", err)
	}
	err := template.Must(template.New("bad").Parse("{{.Missing}}")).Execute(os.Stdout, depts[0])
	fmt.Println()
	fmt.Println("err:", err)
}
