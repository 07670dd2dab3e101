// Exercises: text/template FuncMap functions, pipelines and printf.
package main

import (
	"os"
	"strings"
	"text/template"
)

type Product struct {
	Name  string
	Price float64
	Qty   int
}

func (p Product) Total() float64 { return p.Price * float64(p.Qty) }

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"add":   func(a, b int) int { return a + b },
	}
	const text = `{{range $i, $p := .}}{{add $i 1}}. {{$p.Name | upper | printf "%-8s"}} {{printf "%6.2f" $p.Total}}
{{end}}{{len .}} products, first is {{(index . 0).Name}}
`
	t := template.Must(template.New("p").Funcs(funcs).Parse(text))
	t.Execute(os.Stdout, []Product{{"apple", 0.5, 4}, {"cheese", 7.25, 1}})
}
