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
	Notes    []string
	Paid     bool
	Meta     map[string]string
}

func (inv Invoice) Sum() float64 {
	var s float64
	for _, l := range inv.Lines {
		s += l.Total()
	}
	return s
}

const tmpl = `{{define "line"}}{{printf "%-12s" .Desc}} {{.Qty | printf "%3d"}} x {{money .Price}} = {{money .Total}}{{end -}}
Invoice #{{.Number}} for {{.Customer | upper}}
{{range $i, $l := .Lines}}{{add $i 1}}. {{template "line" $l}}
{{end -}}
Total: {{money .Sum}}
{{if .Paid}}Status: paid{{else}}Status: DUE{{end}}
{{with .Notes}}Notes:{{range .}}
  - {{.}}{{end}}{{else}}No notes.{{end}}
{{range $k, $v := .Meta}}{{$k}}={{$v}};{{end}}
{{len .Lines}} lines, first: {{(index .Lines 0).Desc}}, {{if and .Paid (gt (len .Lines) 1)}}multi-paid{{else}}other{{end}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"money": func(f float64) string { return fmt.Sprintf("$%.2f", f) },
		"add":   func(a, b int) int { return a + b },
	}
	t := template.Must(template.New("invoice").Funcs(funcs).Parse(tmpl))

	invoices := []Invoice{
		{
			Number:   1001,
			Customer: "Gopher Inc",
			Lines: []Line{
				{"Widgets", 3, 4.5},
				{"Gizmo", 1, 99.99},
			},
			Notes: []string{"Ship by Friday", "Fragile"},
			Paid:  true,
			Meta:  map[string]string{"region": "eu", "currency": "usd"},
		},
		{
			Number:   1002,
			Customer: "Acme",
			Lines:    []Line{{"Anvil", 1, 250}},
		},
	}
	for _, inv := range invoices {
		if err := t.Execute(os.Stdout, inv); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Println("---")
	}

	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, invoices[0])
	fmt.Println("error:", err)

	var sb strings.Builder
	m := template.Must(template.New("m").Parse(`{{range .}}{{.}} {{end}}|{{"quoted" | printf "%q"}}|{{html "<a>"}}|{{js "it's"}}`))
	m.Execute(&sb, []int{3, 2, 1})
	fmt.Println(sb.String())
	_, err = template.New("x").Parse("{{if}}")
	fmt.Println(err != nil)
}
