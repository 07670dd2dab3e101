package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Line struct {
	Product  string
	Qty      int
	UnitCost float64
}

func (l Line) Total() float64 { return float64(l.Qty) * l.UnitCost }

type Invoice struct {
	Number   int
	Customer string
	Lines    []Line
	Discount float64
	Paid     bool
}

func (inv Invoice) Subtotal() float64 {
	s := 0.0
	for _, l := range inv.Lines {
		s += l.Total()
	}
	return s
}

const tmpl = `Invoice #{{.Number}} for {{.Customer | upper}}
{{range $i, $l := .Lines -}}
{{inc $i}}. {{printf "%-10s" $l.Product}} {{$l.Qty}} x {{money $l.UnitCost}} = {{money $l.Total}}
{{end -}}
{{with .Discount}}Discount: {{.}}%
{{end -}}
Subtotal: {{money .Subtotal}}
Status: {{if .Paid}}PAID{{else}}DUE{{end}}
{{- /* trailing */ -}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"inc":   func(i int) int { return i + 1 },
		"money": func(f float64) string { return fmt.Sprintf("$%.2f", f) },
	}
	t := template.Must(template.New("invoice").Funcs(funcs).Parse(tmpl))
	invoices := []Invoice{
		{1001, "acme corp", []Line{{"Bolts", 100, 0.05}, {"Nuts", 250, 0.02}, {"Hammer", 1, 19.99}}, 10, false},
		{1002, "globex", []Line{{"Laptop", 2, 1299}}, 0, true},
	}
	for _, inv := range invoices {
		if err := t.Execute(os.Stdout, inv); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Println()
		fmt.Println("----")
	}

	summary := template.Must(template.New("s").Parse(
		`{{define "row"}}[{{.Number}}:{{len .Lines}}]{{end}}{{range .}}{{template "row" .}}{{else}}none{{end}}` + "\n"))
	_ = summary.Execute(os.Stdout, invoices)
	_ = summary.Execute(os.Stdout, []Invoice{})

	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, invoices[0])
	fmt.Println("error:", err != nil, strings.Contains(err.Error(), "Missing"))

	m := map[string]int{"pears": 3, "apples": 5, "kiwis": 0}
	mt := template.Must(template.New("m").Parse(`{{range $k, $v := .}}{{$k}}={{$v}} {{end}}{{"\n"}}`))
	_ = mt.Execute(os.Stdout, m)
	var sb strings.Builder
	_ = template.Must(template.New("x").Parse(`{{eq .A .B}} {{lt 1 2}} {{and .A .B}} {{or 0 .B}} {{not true}} {{index .L 1}} {{slice .S 1 3}} {{html "<b>"}} {{js "'"}} {{print 1 2}} {{len .L}}`)).Execute(&sb,
		map[string]any{"A": 1, "B": 2, "L": []string{"p", "q"}, "S": "hello"})
	fmt.Println(sb.String())
}
