package main

import (
	"os"
	"text/template"
)

type Order struct {
	Items []Line
}

type Line struct {
	Name  string
	Qty   int
	Price float64
}

func (l Line) Total() float64        { return float64(l.Qty) * l.Price }
func (o *Order) Count() int          { return len(o.Items) }
func (l Line) Label(p string) string { return p + l.Name }

func main() {
	t := template.Must(template.New("o").Parse(`{{range .Items}}{{.Label "- "}}: {{.Total}}
{{end}}count={{.Count}}
`))
	if err := t.Execute(os.Stdout, &Order{Items: []Line{{"a", 2, 1.5}, {"b", 1, 4}}}); err != nil {
		os.Stdout.WriteString(err.Error() + "\n")
	}
}
