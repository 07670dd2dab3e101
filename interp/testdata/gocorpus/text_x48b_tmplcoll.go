package main

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"text/template"
)

type Inventory[T any] struct {
	Title string
	Items []T
}

func (inv Inventory[T]) Count() int { return len(inv.Items) }

type Product struct {
	SKU   string
	Name  string
	Price float64
	Tags  []string
}

func (p Product) Expensive() bool { return p.Price > 20 }

const tmpl = `== {{.Title}} ({{.Count}} items) ==
{{range $i, $p := .Items}}{{if $i}}---
{{end}}{{printf "%-6s" $p.SKU}} {{$p.Name | upper}} {{printf "%.2f" $p.Price}}{{if $p.Expensive}} *{{end}}
{{with $p.Tags}}  tags: {{join . ", "}}
{{else}}  (no tags)
{{end}}{{end}}{{/* trailer */}}total: {{total .Items | printf "%.2f"}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"join":  strings.Join,
		"total": func(ps []Product) float64 {
			t := 0.0
			for _, p := range ps {
				t += p.Price
			}
			return t
		},
	}
	t := template.Must(template.New("inv").Funcs(funcs).Parse(tmpl))
	inv := Inventory[Product]{
		Title: "Hardware",
		Items: []Product{
			{"H-01", "hammer", 12.5, []string{"tools", "steel"}},
			{"S-22", "saw", 24.99, nil},
			{"D-07", "drill", 89, []string{"power"}},
		},
	}
	slices.SortFunc(inv.Items, func(a, b Product) int { return strings.Compare(a.Name, b.Name) })
	if err := t.Execute(os.Stdout, inv); err != nil {
		fmt.Println("error:", err)
	}

	small := template.Must(template.New("m").Parse(`{{range $k, $v := .}}{{$k}}={{$v}};{{end}}` + "\n"))
	_ = small.Execute(os.Stdout, map[string]int{"b": 2, "a": 1, "c": 3})

	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, inv)
	fmt.Println(err != nil)
	var sb strings.Builder
	_ = template.Must(template.New("s").Parse(`{{len .Items}} {{index .Items 1}}`)).Execute(&sb, Inventory[string]{Items: []string{"x", "y"}})
	fmt.Println(sb.String())
}
