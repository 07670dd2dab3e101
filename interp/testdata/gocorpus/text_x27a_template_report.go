package main

import (
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func (i Item) Total() float64 { return i.Price * float64(i.Qty) }

type Invoice struct {
	Number   int
	Customer string
	Items    []Item
	Notes    map[string]string
	Paid     bool
}

const tmpl = `Invoice #{{.Number}} for {{.Customer | upper}}
{{range $i, $it := .Items -}}
{{add $i 1}}. {{printf "%-10s" $it.Name}} {{$it.Qty}} x {{printf "%.2f" $it.Price}} = {{printf "%7.2f" $it.Total}}
{{end -}}
{{with .Notes}}Notes:{{range $k, $v := .}}
  {{$k}}: {{$v}}{{end}}
{{else}}No notes
{{end -}}
{{if .Paid}}PAID{{else if gt (len .Items) 2}}DUE (large){{else}}DUE{{end}}
Total: {{total .Items | printf "%.2f"}}
{{define "footer"}}-- {{.}} --{{end}}{{template "footer" "thanks"}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"add":   func(a, b int) int { return a + b },
		"total": func(items []Item) float64 {
			t := 0.0
			for _, it := range items {
				t += it.Total()
			}
			return t
		},
	}
	t := template.Must(template.New("inv").Funcs(funcs).Parse(tmpl))
	invs := []Invoice{
		{Number: 1, Customer: "acme", Items: []Item{{"bolt", 0.25, 100}, {"nut", 0.1, 100}, {"gear", 12.5, 2}},
			Notes: map[string]string{"ship": "express", "attn": "bob"}},
		{Number: 2, Customer: "globex", Items: []Item{{"widget", 3, 1}}, Paid: true},
	}
	for _, inv := range invs {
		if err := t.Execute(os.Stdout, inv); err != nil {
			panic(err)
		}
		os.Stdout.WriteString("\n")
	}
	t2 := template.Must(template.New("x").Parse("{{.Missing}}\n"))
	err := t2.Execute(os.Stdout, invs[0])
	os.Stdout.WriteString("err: " + err.Error() + "\n")
	t3 := template.Must(template.New("m").Parse(`{{index . "a"}} {{len .}} {{range $k, $v := .}}{{$k}}={{$v}};{{end}}` + "\n"))
	t3.Execute(os.Stdout, map[string]int{"b": 2, "a": 1, "c": 3})
}
