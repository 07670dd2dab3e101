package main

import (
	"os"
	"strings"
	"text/template"
)

type Line struct {
	SKU   string
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

func (inv Invoice) Sum() float64 {
	s := 0.0
	for _, l := range inv.Lines {
		s += l.Total()
	}
	return s
}

const tmpl = `{{define "line"}}{{printf "%-6s %-14s %3d x %6.2f = %7.2f" .SKU (.Desc | title) .Qty .Price .Total}}{{end -}}
Invoice #{{.Number}} for {{.Customer | upper}}
{{range $i, $l := .Lines}}{{add $i 1}}. {{template "line" $l}}
{{else}}(no lines)
{{end -}}
{{with .Sum}}Total: {{printf "%.2f" .}}{{end}}
{{if .Paid}}PAID{{else if gt (len .Lines) 2}}DUE (large order){{else}}DUE{{end}}
{{range $k, $v := .Notes}}- {{$k}}: {{$v}}
{{end}}{{len .Notes}} note(s){{"\n"}}`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"title": func(s string) string {
			if s == "" {
				return s
			}
			return strings.ToUpper(s[:1]) + s[1:]
		},
		"add": func(a, b int) int { return a + b },
	}
	t := template.Must(template.New("inv").Funcs(funcs).Parse(tmpl))

	inv := Invoice{
		Number:   1042,
		Customer: "acme corp",
		Lines: []Line{
			{"W-1", "widget", 10, 2.5},
			{"G-7", "gadget, large", 2, 19.99},
			{"S-3", "sprocket", 100, 0.15},
		},
		Notes: map[string]string{"ship": "express", "attn": "J. Doe"},
	}
	if err := t.Execute(os.Stdout, inv); err != nil {
		panic(err)
	}
	empty := Invoice{Number: 1, Customer: "nobody", Paid: true}
	if err := t.Execute(os.Stdout, empty); err != nil {
		panic(err)
	}

	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, inv)
	os.Stdout.WriteString("error: " + err.Error() + "\n")

	list := template.Must(template.New("l").Parse(`{{range .}}{{.}},{{end}}{{"\n"}}`))
	list.Execute(os.Stdout, []int{3, 1, 4})
	list.Execute(os.Stdout, map[string]int{"z": 1, "a": 2})
}
