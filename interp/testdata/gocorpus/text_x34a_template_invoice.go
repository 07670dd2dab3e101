package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Line struct {
	Desc  string
	Qty   int
	Price float64
}

func (l Line) Total() float64 { return float64(l.Qty) * l.Price }

type Invoice struct {
	Number   int
	Customer string
	Lines    []Line
	Notes    map[string]string
	Paid     bool
}

func (inv Invoice) Sum() (s float64) {
	for _, l := range inv.Lines {
		s += l.Total()
	}
	return
}

const tmpl = `{{define "money"}}${{printf "%.2f" .}}{{end -}}
Invoice #{{.Number}} for {{.Customer | upper}}
{{range $i, $l := .Lines -}}
{{inc $i}}. {{printf "%-12s" $l.Desc}} {{$l.Qty}} x {{template "money" $l.Price}} = {{template "money" $l.Total}}
{{else -}}
(no lines)
{{end -}}
Total: {{template "money" .Sum}}{{if gt .Sum 100.0}} (large order){{end}}
{{with .Notes}}Notes:{{range $k, $v := .}} {{$k}}={{$v}};{{end}}{{end}}
Status: {{if .Paid}}paid{{else if eq (len .Lines) 0}}empty{{else}}due{{end}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"inc":   func(i int) int { return i + 1 },
	}
	t := template.Must(template.New("inv").Funcs(funcs).Parse(tmpl))
	invoices := []Invoice{
		{Number: 1, Customer: "acme corp", Lines: []Line{{"Anvil", 2, 49.99}, {"Rope", 10, 1.25}}, Notes: map[string]string{"ship": "ground", "attn": "Wile"}},
		{Number: 2, Customer: "bob", Paid: true, Lines: []Line{{"Sticker", 1, 0.5}}},
		{Number: 3, Customer: "nobody"},
	}
	for _, inv := range invoices {
		if err := t.Execute(os.Stdout, inv); err != nil {
			fmt.Println("exec error:", err)
		}
		fmt.Println("---")
	}

	_, err := template.New("bad").Parse("{{.Missing")
	fmt.Println("parse error:", err)
	t2 := template.Must(template.New("x").Option("missingkey=error").Parse("{{.name}} {{.age}}\n"))
	err = t2.Execute(os.Stdout, map[string]int{"name": 1})
	fmt.Println()
	fmt.Println("exec error:", err)

	var sb strings.Builder
	t3 := template.Must(template.New("list").Funcs(template.FuncMap{"join": strings.Join}).Parse(`{{join . ", "}}|{{len .}}|{{index . 1}}|{{slice . 1 2}}|{{html "<a>"}}|{{js "it's"}}|{{print 1 2 "x"}}`))
	t3.Execute(&sb, []string{"a", "b", "c"})
	fmt.Println(sb.String())
}
