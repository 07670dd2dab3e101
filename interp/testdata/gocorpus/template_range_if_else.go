// Exercises: text/template range over slices and maps with if/else and $index.
package main

import (
	"os"
	"text/template"
)

type Order struct {
	ID    int
	Items []string
	Paid  bool
	Notes map[string]string
}

const report = `{{range $i, $o := .}}#{{$i}} order {{$o.ID}}:{{range $o.Items}} [{{.}}]{{else}} (no items){{end}}
  {{if $o.Paid}}paid{{else}}unpaid{{end}}{{range $k, $v := $o.Notes}} {{$k}}={{$v}}{{end}}
{{end}}`

func main() {
	orders := []Order{
		{1, []string{"book", "pen"}, true, map[string]string{"gift": "yes", "bag": "no"}},
		{2, nil, false, nil},
	}
	t := template.Must(template.New("r").Parse(report))
	if err := t.Execute(os.Stdout, orders); err != nil {
		panic(err)
	}
}
