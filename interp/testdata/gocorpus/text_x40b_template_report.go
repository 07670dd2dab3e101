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

type Order struct {
	ID       int
	Customer string
	Items    []Item
	Notes    map[string]string
	Paid     bool
}

const tmpl = `Order #{{.ID}} for {{.Customer | upper}}
{{range $i, $it := .Items -}}
{{add $i 1}}. {{printf "%-8s" $it.Name}} {{$it.Qty}} x {{printf "%.2f" $it.Price}} = {{printf "%6.2f" $it.Total}}
{{end -}}
{{with .Notes}}Notes:{{range $k, $v := .}} {{$k}}={{$v}};{{end}}{{else}}No notes{{end}}
Status: {{if .Paid}}paid{{else if gt (len .Items) 2}}big unpaid{{else}}unpaid{{end}}
{{- /* a comment */ -}}
{{define "footer"}}
-- {{.}} --{{end}}
{{template "footer" "thanks"}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"add":   func(a, b int) int { return a + b },
	}
	t := template.Must(template.New("order").Funcs(funcs).Parse(tmpl))
	orders := []Order{
		{ID: 7, Customer: "ann", Items: []Item{{"pen", 1.5, 4}, {"book", 12.25, 1}}, Notes: map[string]string{"gift": "yes", "door": "back"}, Paid: true},
		{ID: 8, Customer: "bob", Items: []Item{{"cup", 3, 2}, {"tea", 4.1, 3}, {"pot", 20, 1}}},
	}
	for _, o := range orders {
		if err := t.Execute(os.Stdout, o); err != nil {
			panic(err)
		}
	}

	// html-ish escaping helpers and missing keys
	t2 := template.Must(template.New("x").Option("missingkey=zero").Parse(
		"{{.a}}|{{.missing}}|{{html .b}}|{{js .c}}|{{len .d}}|{{index .d 1}}|{{eq .a \"A\" \"B\"}}\n"))
	t2.Execute(os.Stdout, map[string]any{"a": "B", "b": "<b>", "c": "it's", "d": []int{5, 6, 7}})

	// error from template execution
	t3 := template.Must(template.New("e").Parse("{{.Nope}}\n"))
	err := t3.Execute(os.Stdout, Item{})
	os.Stdout.WriteString(err.Error() + "\n")

	// whitespace trimming and variables
	t4 := template.Must(template.New("w").Parse(`{{$x := 3}}{{range $i := .}}{{if $i}}[{{$i}}]{{end}}{{end}} x={{$x}}{{"\n"}}`))
	t4.Execute(os.Stdout, []int{0, 1, 0, 2})
}
